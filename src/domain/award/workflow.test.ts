import { describe, expect, it } from 'vitest';
import { recipientProblems, tally } from './recipient.ts';
import { allows, type ProposalAction, type ProposalStatus, transition } from './workflow.ts';

const facts = { recipients: 2, refusalReason: 'Thiếu hồ sơ' };

describe('proposal workflow: every status × action', () => {
  const cells: [ProposalStatus, ProposalAction, ProposalStatus | null][] = [
    ['draft', 'edit', 'draft'],
    ['draft', 'submit', 'submitted'],
    ['draft', 'approve', null],
    ['draft', 'refuse', null],
    ['submitted', 'edit', null],
    ['submitted', 'submit', null],
    ['submitted', 'approve', 'approved'],
    ['submitted', 'refuse', 'refused'],
    ['approved', 'edit', null],
    ['approved', 'submit', null],
    ['approved', 'approve', null],
    ['approved', 'refuse', null],
    ['refused', 'edit', 'refused'],
    ['refused', 'submit', 'submitted'],
    ['refused', 'approve', null],
    ['refused', 'refuse', null],
  ];
  it.each(cells)('%s + %s → %s', (status, action, next) => {
    const r = transition(status, action, facts);
    expect(r).toEqual(next ? { ok: true, next } : { ok: false, error: 'notAllowed' });
    expect(allows(status, action)).toBe(next !== null);
  });

  it('submits only with at least one recipient', () => {
    expect(transition('draft', 'submit', { recipients: 0 })).toEqual({ ok: false, error: 'noRecipients' });
    expect(transition('refused', 'submit', { recipients: 0 })).toEqual({ ok: false, error: 'noRecipients' });
    expect(transition('draft', 'submit', { recipients: 1 })).toEqual({ ok: true, next: 'submitted' });
  });

  it('refuses only with a reason', () => {
    expect(transition('submitted', 'refuse', { recipients: 1, refusalReason: '  ' })).toEqual({
      ok: false,
      error: 'reasonRequired',
    });
    expect(transition('submitted', 'refuse', { recipients: 1 })).toEqual({ ok: false, error: 'reasonRequired' });
  });
});

describe('recipients', () => {
  it('needs a name or a unit for a collective, a name and no unit for a person', () => {
    expect(recipientProblems({ recipientKind: 'collective', name: 'Tổ dân phố 1' })).toEqual([]);
    expect(recipientProblems({ recipientKind: 'collective', collectiveUnitId: 7 })).toEqual([]);
    expect(recipientProblems({ recipientKind: 'collective', name: ' ' })).toEqual([
      { field: 'name', key: 'award.collectiveNameOrUnit' },
    ]);
    expect(recipientProblems({ recipientKind: 'individual', name: 'Ông Nguyễn Văn An' })).toEqual([]);
    expect(recipientProblems({ recipientKind: 'individual', collectiveUnitId: 7 })).toEqual([
      { field: 'name', key: 'award.individualName' },
      { field: 'collectiveUnitId', key: 'award.individualNoUnit' },
    ]);
  });

  it('tallies collectives and individuals', () => {
    expect(tally(['collective', 'individual', 'individual'])).toEqual({ collective: 1, individual: 2 });
    expect(tally([])).toEqual({ collective: 0, individual: 0 });
  });
});
