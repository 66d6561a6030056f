import { describe, expect, it } from 'vitest';
import { campaignDateProblems, campaignWarnings } from './rules.ts';

const today = '2026-11-23';
const none = { weaponsCollected: 0, explosivesKg: 0, supportToolsCollected: 0 };

describe('campaign dates', () => {
  it.each([
    [{ kind: 'launch', heldOn: '2026-11-23' }, []],
    [{ kind: 'launch', heldOn: '2026-11-24' }, ['heldOn']],
    [{ kind: 'weaponsCollection', heldOn: '2026-03-01', endOn: '2026-12-31' }, []],
    [{ kind: 'launch', heldOn: '2026-03-01', endOn: '2026-02-28' }, ['endOn']],
    [{ kind: 'launch', heldOn: '2026-03-01', endOn: '2026-03-01' }, []],
    [{ kind: 'launch', heldOn: '2027-03-01', endOn: '2027-02-01' }, ['heldOn', 'endOn']],
  ])('%o → problems on %o', (c, paths) => {
    expect(campaignDateProblems(c, today).map((p) => p.path)).toEqual(paths);
  });
});

describe('campaign warnings', () => {
  it('warns of a festival day held outside the usual window before 19/8, never of other kinds', () => {
    expect(campaignWarnings({ kind: 'festivalDay', heldOn: '2026-08-15', ...none })).toEqual([]);
    expect(campaignWarnings({ kind: 'festivalDay', heldOn: '2026-06-01', ...none })).toEqual([]);
    expect(campaignWarnings({ kind: 'festivalDay', heldOn: '2026-10-02', ...none })).toEqual(['festivalOutsideWindow']);
    expect(campaignWarnings({ kind: 'launch', heldOn: '2026-10-02', ...none })).toEqual([]);
  });

  it('warns of a weapons-collection drive with nothing collected', () => {
    expect(campaignWarnings({ kind: 'weaponsCollection', heldOn: '2026-03-01', ...none })).toEqual([
      'collectionWithoutOutcome',
    ]);
    expect(campaignWarnings({ kind: 'weaponsCollection', heldOn: '2026-03-01', ...none, explosivesKg: 0.5 })).toEqual(
      [],
    );
  });
});
