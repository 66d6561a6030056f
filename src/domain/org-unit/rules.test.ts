import { describe, expect, it } from 'vitest';
import { canPlaceUnder, childPath, isInSubtree, officialCodeProblem, pathIds, shareProblem } from './rules.ts';

const admin = (level: 'national' | 'province' | 'district' | 'commune' | 'residentialArea') => ({
  kind: 'administrative' as const,
  level,
});

describe('placement in the tree', () => {
  it.each([
    ['province', 'national', true],
    ['commune', 'province', true],
    ['commune', 'district', true],
    ['district', 'province', true],
    ['residentialArea', 'commune', true],
    ['residentialArea', 'province', false],
    ['commune', 'commune', false],
    ['province', 'province', false],
  ] as const)('%s under %s → %s', (child, parent, ok) => {
    expect(canPlaceUnder(admin(child), admin(parent))).toBe(ok);
  });

  it('attaches institutions to communes and provinces, not to residential areas or the nation', () => {
    expect(canPlaceUnder({ kind: 'school', level: null }, admin('commune'))).toBe(true);
    expect(canPlaceUnder({ kind: 'agency', level: null }, admin('province'))).toBe(true);
    expect(canPlaceUnder({ kind: 'enterprise', level: null }, admin('residentialArea'))).toBe(false);
    expect(canPlaceUnder({ kind: 'enterprise', level: null }, admin('national'))).toBe(false);
    expect(canPlaceUnder(admin('commune'), { kind: 'school', level: null })).toBe(false);
  });
});

describe('official codes', () => {
  it('needs 2, 3 and 5 digits for province, district and commune', () => {
    expect(officialCodeProblem('province', '42')).toBeNull();
    expect(officialCodeProblem('province', '420')).toBe(2);
    expect(officialCodeProblem('district', '436')).toBeNull();
    expect(officialCodeProblem('commune', '18070')).toBeNull();
    expect(officialCodeProblem('commune', '1807')).toBe(5);
    expect(officialCodeProblem('commune', '1807a')).toBe(5);
  });
  it('lets residential areas use local codes', () => {
    expect(officialCodeProblem('residentialArea', 'T-01')).toBeNull();
  });
});

describe('paths', () => {
  it('builds and reads materialised paths', () => {
    expect(childPath('/1/12/', 305)).toBe('/1/12/305/');
    expect(pathIds('/1/12/305/')).toEqual([1, 12, 305]);
    expect(isInSubtree('/1/12/305/', '/1/12/')).toBe(true);
    expect(isInSubtree('/1/120/', '/1/12/')).toBe(false);
  });
});

describe('split shares', () => {
  it('must total 100% when the source ends', () => {
    expect(shareProblem([0.5, 0.5], false)).toBeNull();
    expect(shareProblem([0.6, 0.3], false)).toBe(90);
    expect(shareProblem([0.3333, 0.3333, 0.3334], false)).toBeNull();
  });
  it('must leave a remainder when the source continues', () => {
    expect(shareProblem([0.4], true)).toBeNull();
    expect(shareProblem([0.6, 0.4], true)).toBe(100);
  });
});
