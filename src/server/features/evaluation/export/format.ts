import { type ExportLang, exportTexts } from './labels.ts';

/**
 * Numbers and dates as official documents write them, in both languages:
 * decimal comma and thousands dot (7,5; 1.234), dates dd/MM/yyyy.
 */

const pointsFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** 92.5 → "92,5"; 1234 → "1.234"; null → "" (a blank cell, not a dash, in a signed sheet). */
export function formatPoints(n: number | null | undefined): string {
  return n == null ? '' : pointsFormat.format(n);
}

/** 0.4 → "40%" */
export function formatShare(share: number): string {
  return `${pointsFormat.format(Math.round(share * 10_000) / 100)}%`;
}

/** "2026-02-05" → "05/02/2026" */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/**
 * The place-and-date line of Decree 30 (element 4): "Hà Tĩnh, ngày 05 tháng 02
 * năm 2026". Days below 10 and the months January and February take a leading
 * zero, so the line cannot be altered by adding a digit.
 */
export function placeDateLine(place: string, iso: string, lang: ExportLang): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const t = exportTexts[lang];
  const day = String(d).padStart(2, '0');
  if (lang === 'en') return t.placeDate(place, day, t.months[m - 1] ?? String(m), String(y));
  return t.placeDate(place, day, m <= 2 ? String(m).padStart(2, '0') : String(m), String(y));
}
