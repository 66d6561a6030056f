import { z } from 'zod';
import type { Lang } from './messages.ts';
import { translate } from './messages.ts';

type Issue = {
  code: string;
  message: string;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
  values?: unknown[];
};

const typeNames: Record<string, { vi: string; en: string }> = {
  string: { vi: 'chuỗi ký tự', en: 'text' },
  number: { vi: 'số', en: 'a number' },
  int: { vi: 'số nguyên', en: 'a whole number' },
  boolean: { vi: 'đúng/sai', en: 'true/false' },
  array: { vi: 'danh sách', en: 'a list' },
  object: { vi: 'đối tượng', en: 'an object' },
  date: { vi: 'ngày', en: 'a date' },
};

/**
 * Turns a zod issue into a sentence for a form field. Our own schemas give
 * catalogue keys as `msg:<key>`; zod's generic issues get wording written for
 * users (zod's locale says "received undefined" for a missing field).
 */
export function describeIssue(issue: Issue, lang: Lang): string {
  if (issue.message?.startsWith('msg:')) return translate(issue.message.slice(4), lang);
  const vi = lang === 'vi';
  switch (issue.code) {
    case 'invalid_type': {
      if (/received undefined/.test(issue.message)) return vi ? 'Bắt buộc nhập.' : 'Required.';
      const t = typeNames[issue.expected ?? ''];
      return vi ? `Phải là ${t?.vi ?? issue.expected}.` : `Must be ${t?.en ?? issue.expected}.`;
    }
    case 'too_small':
      return sizeMessage(issue, 'min', vi);
    case 'too_big':
      return sizeMessage(issue, 'max', vi);
    case 'invalid_value':
    case 'invalid_enum_value':
      return vi
        ? `Giá trị không hợp lệ; chọn một trong: ${(issue.values ?? []).join(', ')}.`
        : `Invalid value; choose one of: ${(issue.values ?? []).join(', ')}.`;
    case 'invalid_format':
      if (issue.format === 'date') return vi ? 'Ngày không hợp lệ (yyyy-MM-dd).' : 'Invalid date (yyyy-MM-dd).';
      return vi ? 'Sai định dạng.' : 'Wrong format.';
    case 'unrecognized_keys':
      return vi ? 'Có trường không được phép.' : 'Unknown fields.';
    default: {
      const locale = vi ? z.locales.vi() : z.locales.en();
      const out = locale.localeError(issue as never);
      return typeof out === 'string' ? out : (out?.message ?? issue.message);
    }
  }
}

function sizeMessage(issue: Issue, side: 'min' | 'max', vi: boolean): string {
  const n = Number(side === 'min' ? issue.minimum : issue.maximum);
  if (issue.origin === 'string') {
    if (side === 'min' && n === 1) return vi ? 'Bắt buộc nhập.' : 'Required.';
    return vi
      ? `${side === 'min' ? 'Tối thiểu' : 'Tối đa'} ${n} ký tự.`
      : `${side === 'min' ? 'At least' : 'At most'} ${n} characters.`;
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    return vi
      ? `${side === 'min' ? 'Cần ít nhất' : 'Tối đa'} ${n} mục.`
      : `${side === 'min' ? 'At least' : 'At most'} ${n} items.`;
  }
  return vi
    ? `Giá trị phải ${side === 'min' ? 'từ' : 'không quá'} ${n}.`
    : `Must be ${side === 'min' ? 'at least' : 'at most'} ${n}.`;
}
