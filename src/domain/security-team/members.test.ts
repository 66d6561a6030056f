import { describe, expect, it } from 'vitest';
import { activeOn, extraLeaders, leaderTaken } from './members.ts';

describe('one active leader per team', () => {
  it('flags every active leader after the first, ignoring those who left', () => {
    const members = [
      { role: 'leader', leftOn: '2025-01-01' },
      { role: 'leader', leftOn: null },
      { role: 'deputy', leftOn: null },
      { role: 'leader', leftOn: null },
      { role: 'leader', leftOn: null },
    ];
    expect(extraLeaders(members)).toEqual([3, 4]);
  });

  it('lets a leader join a team whose leader has left, not one that has a leader', () => {
    const left = [{ role: 'leader', leftOn: '2026-03-01' }];
    const led = [{ role: 'leader', leftOn: null }];
    expect(leaderTaken(left, { role: 'leader', leftOn: null })).toBe(false);
    expect(leaderTaken(led, { role: 'leader', leftOn: null })).toBe(true);
    expect(leaderTaken(led, { role: 'deputy', leftOn: null })).toBe(false);
    // a former leader leaving again is no conflict
    expect(leaderTaken(led, { role: 'leader', leftOn: '2026-01-01' })).toBe(false);
  });

  it('counts a member on a date between joining and leaving', () => {
    const m = { joinedOn: '2025-03-01', leftOn: '2026-06-30' };
    expect(activeOn(m, '2025-02-28')).toBe(false);
    expect(activeOn(m, '2025-03-01')).toBe(true);
    expect(activeOn(m, '2026-06-30')).toBe(false);
  });
});
