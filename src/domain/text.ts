/**
 * Folds Vietnamese text for search: lower case, diacritics removed, đ → d,
 * whitespace collapsed. "Hà Tĩnh", "ha tinh" and "HA TINH" all fold to
 * "ha tinh", so search never depends on the user's keyboard.
 */
export function foldText(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Escapes LIKE wildcards so user text is matched literally. */
export function escapeLike(input: string): string {
  return input.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** An ISO date as users read it: "2026-11-05" → "05/11/2026". */
export function displayDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}
