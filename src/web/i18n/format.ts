import dayjs from 'dayjs';

const numberFormat = new Intl.NumberFormat('vi-VN');
const percentFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** 114924 → "114.924": Vietnamese grouping in both languages, as official documents use. */
export function formatNumber(n: number | null | undefined): string {
  return n == null ? '—' : numberFormat.format(n);
}

/** 0.4 → "40%" */
export function formatShare(share: number | null | undefined): string {
  return share == null ? '—' : `${percentFormat.format(share * 100)}%`;
}

/** ISO date or timestamp → dd/MM/yyyy */
export function formatDate(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('DD/MM/YYYY') : '—';
}

const vnTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** ISO timestamp → dd/MM/yyyy HH:mm in Vietnam's time, as the server's date filters use it. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const p = Object.fromEntries(vnTime.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** dayjs value from a DatePicker → the API's yyyy-MM-dd */
export function toIsoDate(d: dayjs.Dayjs): string {
  return d.format('YYYY-MM-DD');
}

export const DATE_FORMAT = 'DD/MM/YYYY';
