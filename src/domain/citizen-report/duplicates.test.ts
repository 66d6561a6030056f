import { describe, expect, it } from 'vitest';
import { type DuplicateInput, distanceM, findDuplicates, matchDuplicate, textSimilarity } from './duplicates.ts';

const base: DuplicateInput = {
  id: 1,
  unitId: 10,
  lat: null,
  lng: null,
  occurredOn: '2026-11-20',
  receivedOn: '2026-11-21',
  description: 'Có người bán ma túy ở quán nước đầu ngõ 12 đường Trần Phú vào buổi tối',
};
const other = (o: Partial<DuplicateInput>): DuplicateInput => ({ ...base, id: 2, ...o });

describe('text similarity', () => {
  it('ignores diacritics and case', () => {
    expect(textSimilarity('Bán ma túy ở quán nước', 'BAN MA TUY O QUAN NUOC')).toBe(1);
  });
  it('is low for unrelated text', () => {
    expect(textSimilarity(base.description, 'Tranh chấp đất đai giữa hai hộ gia đình')).toBeLessThan(0.2);
  });
  it('is 0 for empty text', () => {
    expect(textSimilarity('', 'abc')).toBe(0);
  });
});

describe('distance', () => {
  it('measures about 111 km per degree of latitude', () => {
    expect(Math.round(distanceM({ lat: 18, lng: 105 }, { lat: 19, lng: 105 }) / 1000)).toBe(111);
  });
});

describe('possible duplicates', () => {
  const similar = 'Người bán ma tuý tại quán nước đầu ngõ 12 Trần Phú buổi tối';
  it('matches the same commune, close dates and similar text', () => {
    const m = matchDuplicate(base, other({ description: similar }));
    expect(m).toMatchObject({ id: 2, sameCommune: true, daysApart: 0 });
    expect(m!.similarity).toBeGreaterThan(0.4);
  });
  it.each([
    ['another commune without coordinates', { unitId: 11, description: similar }],
    ['more than 3 days apart', { occurredOn: '2026-11-10', receivedOn: '2026-11-11', description: similar }],
    ['different text', { description: 'Trộm cắp xe máy tại chợ' }],
    ['itself', { id: 1 }],
  ])('rejects %s', (_label, o) => {
    expect(matchDuplicate(base, other(o))).toBeNull();
  });
  it('matches across communes within 500 m, not beyond', () => {
    const here = { ...base, lat: 18.34, lng: 105.9 };
    const near = other({ unitId: 11, lat: 18.343, lng: 105.9, description: similar });
    const far = other({ id: 3, unitId: 11, lat: 18.36, lng: 105.9, description: similar });
    const found = findDuplicates(here, [near, far]);
    expect(found.map((f) => f.id)).toEqual([2]);
    expect(found[0]!.distanceM).toBeGreaterThan(300);
    expect(found[0]!.distanceM).toBeLessThan(400);
  });
  it('uses the closer of the event and receipt dates', () => {
    const m = matchDuplicate(base, other({ occurredOn: '2026-11-19', receivedOn: '2026-11-28', description: similar }));
    expect(m?.daysApart).toBe(1);
  });
  it('orders by similarity', () => {
    const found = findDuplicates(base, [
      other({ id: 3, description: similar }),
      other({ id: 4, description: base.description }),
    ]);
    expect(found.map((f) => f.id)).toEqual([4, 3]);
  });
});
