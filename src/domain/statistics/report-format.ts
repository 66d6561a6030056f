/**
 * How a summary report writes its figures: Vietnamese grouping and decimal
 * comma (114.924; 12,5; 89%), and the "so với cùng kỳ" phrases. The same
 * Intl 'vi-VN' format as the web (src/web/i18n/format.ts) and the evaluation
 * exports (formatPoints); kept here because src/domain may not import either.
 */

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** 114924 → "114.924"; 12.5 → "12,5"; null → "0" (a report says "0", not a blank). */
export const vnNumber = (n: number | null | undefined) => numberFormat.format(n ?? 0);

/** 89 → "89%"; 37.5 → "37,5%" (values already in percent). */
export const vnPercent = (n: number) => `${percentFormat.format(n)}%`;

/** The share of a part in a whole, in percent to one decimal; null when the whole is 0. */
export function shareOf(part: number | null, whole: number | null): number | null {
  if (!whole || part === null) return null;
  return Math.round((part / whole) * 1000) / 10;
}

export type Change = { value: number | null; previous: number | null; change: number | null; changePct: number | null };

/**
 * "tăng 12 vụ (+5,3%) so với cùng kỳ", "giảm 3 vụ (-1,2%) so với cùng kỳ",
 * "bằng cùng kỳ"; without a percentage when the same period had none
 * ("tăng 4 vụ so với cùng kỳ (cùng kỳ không có)"); "" when either side is unknown.
 */
export function changePhrase(f: Change, measure: string): string {
  if (f.change === null || f.value === null || f.previous === null) return '';
  if (f.change === 0) return 'bằng cùng kỳ';
  const verb = f.change > 0 ? 'tăng' : 'giảm';
  const amount = `${vnNumber(Math.abs(f.change))}${measure ? ` ${measure}` : ''}`;
  if (f.changePct === null) return `${verb} ${amount} so với cùng kỳ (cùng kỳ không có)`;
  const sign = f.changePct > 0 ? '+' : '-';
  return `${verb} ${amount} (${sign}${vnPercent(Math.abs(f.changePct))}) so với cùng kỳ`;
}

/** A ratio beside its value of the same period: "tăng 2,5 điểm phần trăm so với cùng kỳ". */
export function ratioChangePhrase(f: Change): string {
  if (f.change === null || f.value === null || f.previous === null) return '';
  if (f.change === 0) return 'bằng cùng kỳ';
  return `${f.change > 0 ? 'tăng' : 'giảm'} ${vnNumber(Math.abs(f.change))} điểm phần trăm so với cùng kỳ`;
}

const TYPE_WORDS = /^(Tỉnh|Thành phố|Xã|Phường|Đặc khu|Thị trấn|Huyện|Quận|Thị xã|Thôn|Tổ dân phố|Ấp|Bản|Khu phố)\s/u;

/** "Tỉnh Hà Tĩnh" → "tỉnh Hà Tĩnh": the type word is a common noun inside a sentence. */
export function inSentence(unitName: string): string {
  const m = TYPE_WORDS.exec(unitName);
  return m ? `${m[1]!.toLocaleLowerCase('vi')}${unitName.slice(m[1]!.length)}` : unitName;
}

/** The type word of a unit's name in lower case ("tỉnh", "xã"), or null. */
export function typeWordOf(unitName: string): string | null {
  const m = TYPE_WORDS.exec(unitName);
  return m ? m[1]!.toLocaleLowerCase('vi') : null;
}

/** "toàn tỉnh", "toàn xã", "toàn quốc": the whole area the report covers. */
export function scopeWord(unitName: string, level: string | null): string {
  if (level === 'national') return 'toàn quốc';
  const type = typeWordOf(unitName);
  return type ? `toàn ${type}` : 'toàn đơn vị';
}

/** "Trong năm 2025", "Trong giai đoạn 2013 - 2023", "Từ quý I năm 2025 đến quý III năm 2025". */
export function periodOpening(rangeLabel: string): string {
  if (rangeLabel.startsWith('từ ')) return `T${rangeLabel.slice(1)}`;
  return `Trong ${rangeLabel}`;
}

export const upperFirst = (s: string) => (s ? s[0]!.toLocaleUpperCase('vi') + s.slice(1) : s);
export const lowerFirst = (s: string) => (s ? s[0]!.toLocaleLowerCase('vi') + s.slice(1) : s);

/** Joins clauses with "; " and ends the sentence with a full stop. */
export const clauses = (parts: string[]) => `${parts.filter(Boolean).join('; ')}.`;
