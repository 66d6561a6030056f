import { describe, expect, it } from 'vitest';
import { caseDateProblems, lateStart, leaderTaken, successRate, teamCompliance } from './rules.ts';

const m = (gender: string, role = 'member', leftOn: string | null = null, id = 0) => ({ id, gender, role, leftOn });
const today = '2026-11-23';

describe('team compliance (Art. 12, unverified: warnings only)', () => {
  it.each([
    [[], ['tooFewMediators', 'noWoman']],
    [[m('male'), m('male'), m('male')], ['noWoman']],
    [[m('female'), m('male')], ['tooFewMediators']],
    [[m('female'), m('male'), m('male')], []],
    [[m('female', 'member', '2026-01-01'), m('male'), m('male'), m('male')], ['noWoman']],
    [[m('female', 'member', '2026-12-01'), m('male'), m('male')], []],
  ])('%j → %j', (list, warnings) => {
    expect(teamCompliance(list, today).warnings).toEqual(warnings);
  });
  it('counts active women and leaders', () => {
    expect(teamCompliance([m('female', 'leader'), m('female'), m('male', 'member', '2025-01-01')], today)).toEqual({
      active: 2,
      women: 2,
      leaders: 1,
      warnings: ['tooFewMediators'],
    });
  });
  it('allows one active leader at most', () => {
    const team = [m('female', 'leader', null, 1), m('male', 'member', null, 2), m('male', 'leader', '2025-01-01', 3)];
    expect(leaderTaken(team, today)).toBe(true);
    expect(leaderTaken(team, today, 1)).toBe(false);
    expect(leaderTaken(team.slice(1), today)).toBe(false);
  });
});

describe('case dates', () => {
  it.each([
    [{ receivedOn: '2026-11-01', startedOn: '2026-11-02', closedOn: '2026-11-05' }, []],
    [{ receivedOn: '2026-11-01' }, []],
    [{ receivedOn: '2026-11-24' }, [['receivedOn', 'mediation.dateInFuture']]],
    [{ receivedOn: '2026-11-05', startedOn: '2026-11-02' }, [['startedOn', 'mediation.startBeforeReceipt']]],
    [
      { receivedOn: '2026-11-01', startedOn: '2026-11-05', closedOn: '2026-11-03' },
      [['closedOn', 'mediation.closeBeforeStart']],
    ],
    [{ receivedOn: '2026-11-05', closedOn: '2026-11-03' }, [['closedOn', 'mediation.closeBeforeStart']]],
    [
      { receivedOn: '2026-11-01', startedOn: '2026-11-30', closedOn: '2026-12-01' },
      [
        ['startedOn', 'mediation.dateInFuture'],
        ['closedOn', 'mediation.dateInFuture'],
      ],
    ],
  ])('%j', (d, expected) => {
    expect(caseDateProblems(d, today).map((p) => [p.field, p.key])).toEqual(expected);
  });

  it.each([
    [{ receivedOn: '2026-11-01', startedOn: '2026-11-04', closedOn: null }, false],
    [{ receivedOn: '2026-11-01', startedOn: '2026-11-05', closedOn: null }, true],
    [{ receivedOn: '2026-11-20', startedOn: null, closedOn: null }, false],
    [{ receivedOn: '2026-11-19', startedOn: null, closedOn: null }, true],
    [{ receivedOn: '2026-11-01', startedOn: null, closedOn: '2026-11-02' }, false],
    [{ receivedOn: '2026-02-27', startedOn: '2026-03-02', closedOn: null }, false],
  ])('late start %j → %s', (c, late) => {
    expect(lateStart(c, today)).toBe(late);
  });
});

describe('success rate', () => {
  it('leaves withdrawn cases out', () => {
    expect(Math.round(successRate({ succeeded: 8, failed: 1 })! * 100)).toBe(89);
    expect(successRate({ succeeded: 0, failed: 0 })).toBeNull();
    expect(successRate({ succeeded: 0, failed: 2 })).toBe(0);
  });
});
