import { describe, expect, it } from 'vitest';
import {
  type ActivityStatus,
  activityProblems,
  activityStatuses,
  canMoveActivity,
  duplicateParties,
  isOverdue,
  periodProblems,
  reviewProblems,
} from './rules.ts';

const today = '2026-11-23';

describe('programme period', () => {
  it.each([
    [{ signedOn: '2023-06-20', periodFrom: 2023, periodTo: 2033 }, []],
    // a province signs in 2024 to implement the national 2023–2033 programme
    [{ signedOn: '2024-02-01', periodFrom: 2023, periodTo: 2033 }, []],
    [{ signedOn: '2023-06-20', periodFrom: 2033, periodTo: 2023 }, ['coordinationProgram.periodOrder']],
    [{ signedOn: '2026-01-10', periodFrom: 2020, periodTo: 2025 }, ['coordinationProgram.periodBeforeSigning']],
  ])('%o → %o', (p, keys) => {
    expect(periodProblems(p).map((x) => x.key)).toEqual(keys);
  });

  it('finds repeated parties whatever the case and spacing', () => {
    expect(duplicateParties(['Công an', 'Ủy ban MTTQ', ' công  an '])).toEqual([' công  an ']);
    expect(duplicateParties(['Công an', 'Hội Nông dân'])).toEqual([]);
  });
});

describe('activity status', () => {
  const table: Record<ActivityStatus, ActivityStatus[]> = {
    planned: ['planned', 'inProgress', 'done', 'cancelled'],
    inProgress: ['planned', 'inProgress', 'done', 'cancelled'],
    done: ['inProgress', 'done'],
    cancelled: ['planned', 'cancelled'],
  };
  for (const from of activityStatuses) {
    for (const to of activityStatuses) {
      const allowed = table[from].includes(to);
      it(`${from} → ${to}: ${allowed ? 'allowed' : 'refused'}`, () => {
        expect(canMoveActivity(from, to)).toBe(allowed);
      });
    }
  }

  it('requires the done date exactly when done, never in the future', () => {
    const keys = (a: Parameters<typeof activityProblems>[0], from?: ActivityStatus) =>
      activityProblems(a, today, from).map((p) => `${p.path}:${p.key}`);
    expect(keys({ status: 'done', dueOn: '2026-06-30' })).toEqual(['doneOn:coordinationProgram.doneOnRequired']);
    expect(keys({ status: 'done', dueOn: '2026-06-30', doneOn: '2026-07-02' })).toEqual([]);
    expect(keys({ status: 'planned', dueOn: '2026-06-30', doneOn: '2026-07-02' })).toEqual([
      'doneOn:coordinationProgram.doneOnOnlyWhenDone',
    ]);
    expect(keys({ status: 'done', dueOn: '2026-12-30', doneOn: '2026-12-01' })).toEqual([
      'doneOn:registry.dateInFuture',
    ]);
    expect(keys({ status: 'inProgress', dueOn: '2026-12-30' }, 'cancelled')).toEqual([
      'status:coordinationProgram.statusMove',
    ]);
  });

  it('is overdue only while still to do and past its due date', () => {
    expect(isOverdue({ status: 'planned', dueOn: '2026-11-22' }, today)).toBe(true);
    expect(isOverdue({ status: 'inProgress', dueOn: '2026-11-22' }, today)).toBe(true);
    expect(isOverdue({ status: 'planned', dueOn: today }, today)).toBe(false);
    expect(isOverdue({ status: 'done', dueOn: '2026-01-01' }, today)).toBe(false);
    expect(isOverdue({ status: 'cancelled', dueOn: '2026-01-01' }, today)).toBe(false);
  });
});

describe('reviews', () => {
  const signedOn = '2023-06-20';
  const keys = (r: Parameters<typeof reviewProblems>[0], others: Parameters<typeof reviewProblems>[1]) =>
    reviewProblems(r, others, signedOn, today).map((p) => p.key);

  it('accepts interim reviews and one final review held last', () => {
    const interim = { id: 1, kind: 'interim' as const, heldOn: '2025-12-15' };
    expect(keys({ kind: 'interim', heldOn: '2024-12-20' }, [interim])).toEqual([]);
    expect(keys({ kind: 'final', heldOn: '2026-11-01' }, [interim])).toEqual([]);
  });

  it('refuses a second final, an interim after the final, a final before an interim', () => {
    const final = { id: 2, kind: 'final' as const, heldOn: '2026-06-01' };
    expect(keys({ kind: 'final', heldOn: '2026-07-01' }, [final])).toEqual(['coordinationProgram.secondFinal']);
    expect(keys({ kind: 'interim', heldOn: '2026-07-01' }, [final])).toEqual(['coordinationProgram.reviewAfterFinal']);
    expect(keys({ kind: 'final', heldOn: '2024-01-01' }, [{ id: 3, kind: 'interim', heldOn: '2025-01-01' }])).toEqual([
      'coordinationProgram.finalBeforeInterim',
    ]);
    // editing the final itself is not a second final
    expect(keys({ id: 2, kind: 'final', heldOn: '2026-06-02' }, [final])).toEqual([]);
  });

  it('refuses dates before the signing or in the future', () => {
    expect(keys({ kind: 'interim', heldOn: '2023-01-01' }, [])).toEqual(['coordinationProgram.reviewBeforeSigning']);
    expect(keys({ kind: 'interim', heldOn: '2026-12-01' }, [])).toEqual(['registry.dateInFuture']);
  });
});
