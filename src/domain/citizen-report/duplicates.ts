import { foldText } from '../text.ts';

/**
 * Possible duplicates among citizens' reports: the same event is often sent
 * twice, or by two neighbours. Two items are candidates when they are in the
 * same place (same commune, or within `maxDistanceM` when both carry
 * coordinates), close in time (occurred or received within `maxDays`), and
 * their descriptions are similar (trigram similarity, as pg_trgm computes it,
 * over folded text so diacritics and case never matter).
 */
export type DuplicateInput = {
  id: number;
  unitId: number;
  lat: number | null;
  lng: number | null;
  /** yyyy-MM-dd */
  occurredOn: string | null;
  /** yyyy-MM-dd, Vietnam's date of receipt */
  receivedOn: string;
  description: string;
};

export type DuplicateMatch = {
  id: number;
  similarity: number;
  distanceM: number | null;
  sameCommune: boolean;
  daysApart: number;
};

export const duplicateRules = { maxDistanceM: 500, maxDays: 3, minSimilarity: 0.3 };

/** Character trigrams of each word, padded as pg_trgm pads them ("  ab", " ab ", …). */
export function trigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of foldText(text)
    .replace(/[^a-z0-9 ]/g, ' ')
    .split(' ')
    .filter(Boolean)) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

/** Jaccard similarity of the trigram sets: 0 (nothing shared) to 1 (same words). */
export function textSimilarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

/** Great-circle distance in metres. */
export function distanceM(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** Days between the two items: the closer of the event dates (when both known) and the receipt dates. */
function daysApart(a: DuplicateInput, b: DuplicateInput): number {
  const received = Math.abs(dayNumber(a.receivedOn) - dayNumber(b.receivedOn));
  if (!a.occurredOn || !b.occurredOn) return received;
  return Math.min(received, Math.abs(dayNumber(a.occurredOn) - dayNumber(b.occurredOn)));
}

/** Scores one pair; null when they are not possible duplicates. */
export function matchDuplicate(
  item: DuplicateInput,
  other: DuplicateInput,
  rules = duplicateRules,
): DuplicateMatch | null {
  if (item.id === other.id) return null;
  const both = item.lat != null && item.lng != null && other.lat != null && other.lng != null;
  const distance = both
    ? Math.round(distanceM({ lat: item.lat!, lng: item.lng! }, { lat: other.lat!, lng: other.lng! }))
    : null;
  const sameCommune = item.unitId === other.unitId;
  if (!sameCommune && (distance === null || distance > rules.maxDistanceM)) return null;
  const days = daysApart(item, other);
  if (days > rules.maxDays) return null;
  const similarity = textSimilarity(item.description, other.description);
  if (similarity < rules.minSimilarity) return null;
  return {
    id: other.id,
    similarity: Math.round(similarity * 100) / 100,
    distanceM: distance,
    sameCommune,
    daysApart: days,
  };
}

/** The candidates that match, most similar first. */
export function findDuplicates(item: DuplicateInput, candidates: DuplicateInput[], rules = duplicateRules) {
  return candidates
    .map((c) => matchDuplicate(item, c, rules))
    .filter((m): m is DuplicateMatch => m !== null)
    .sort((a, b) => b.similarity - a.similarity || a.daysApart - b.daysApart);
}
