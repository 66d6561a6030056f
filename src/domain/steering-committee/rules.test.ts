import { describe, expect, it } from 'vitest';
import {
  endProblem,
  headTaken,
  inCommitteeScope,
  joinProblem,
  memberOrder,
  nearestAssignment,
  secondHead,
} from './rules.ts';

describe('one active head per committee', () => {
  const head = (id: number, leftOn: string | null = null) => ({ id, position: 'head', leftOn });
  const member = (id: number) => ({ id, position: 'member', leftOn: null });

  it('finds the second active head, ignoring heads who left', () => {
    expect(secondHead([head(1), member(2), head(3)])).toBe(2);
    expect(secondHead([head(1, '2025-06-30'), head(2)])).toBe(-1);
    expect(secondHead([member(1), member(2)])).toBe(-1);
  });

  it('refuses a new head while one is active, allows one after the head left', () => {
    expect(headTaken([head(1), member(2)], { position: 'head', leftOn: null })).toBe(true);
    expect(headTaken([head(1, '2025-06-30'), member(2)], { position: 'head', leftOn: null })).toBe(false);
    expect(headTaken([head(1)], { position: 'deputy', leftOn: null })).toBe(false);
  });

  it('lets the head be edited without counting itself twice', () => {
    expect(headTaken([head(1), member(2)], { id: 1, position: 'head', leftOn: null })).toBe(false);
    expect(headTaken([head(1), member(2)], { id: 2, position: 'head', leftOn: null })).toBe(true);
  });
});

describe('dates', () => {
  it('a member joins between the establishment and today', () => {
    expect(joinProblem('2026-01-10', '2025-07-01', '2026-11-23')).toBeNull();
    expect(joinProblem('2025-07-01', '2025-07-01', '2026-11-23')).toBeNull();
    expect(joinProblem('2025-06-30', '2025-07-01', '2026-11-23')).toBe('beforeEstablished');
    expect(joinProblem('2026-11-24', '2025-07-01', '2026-11-23')).toBe('inFuture');
  });

  it('a member leaves (an assignment ends) between the start and today', () => {
    expect(endProblem('2026-11-23', '2026-01-01', '2026-11-23')).toBeNull();
    expect(endProblem('2025-12-31', '2026-01-01', '2026-11-23')).toBe('beforeJoined');
    expect(endProblem('2027-01-01', '2026-01-01', '2026-11-23')).toBe('inFuture');
  });
});

describe('responsibility', () => {
  it('keeps assignments inside the committee unit subtree, the unit itself included', () => {
    expect(inCommitteeScope('/1/42/', '/1/42/')).toBe(true);
    expect(inCommitteeScope('/1/42/', '/1/42/18070/7/')).toBe(true);
    expect(inCommitteeScope('/1/42/18070/', '/1/42/')).toBe(false);
    expect(inCommitteeScope('/1/42/', '/1/420/')).toBe(false);
  });

  it('answers with the nearest committee above the unit', () => {
    const rows = [
      { committeeUnitPath: '/1/42/', assignmentId: 1, who: 'province' },
      { committeeUnitPath: '/1/42/18070/', assignmentId: 9, who: 'ward' },
    ];
    expect(nearestAssignment(rows)?.who).toBe('ward');
    expect(nearestAssignment([])).toBeUndefined();
  });

  it('lists the head first, then by position and Vietnamese name order', () => {
    const list = [
      { position: 'member', fullName: 'Đặng Văn Bình' },
      { position: 'member', fullName: 'Bùi Thị An' },
      { position: 'head', fullName: 'Võ Văn Tú' },
      { position: 'standingDeputy', fullName: 'Lê Văn Hùng' },
    ].sort(memberOrder);
    expect(list.map((m) => m.fullName)).toEqual(['Võ Văn Tú', 'Lê Văn Hùng', 'Bùi Thị An', 'Đặng Văn Bình']);
  });
});
