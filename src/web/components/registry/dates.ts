import dayjs, { type Dayjs } from 'dayjs';
import { toIsoDate } from '../../i18n/format.ts';

/** Form dates are dayjs values; the API speaks ISO yyyy-MM-dd. */
export const isoOf = (d: Dayjs | null | undefined) => (d ? toIsoDate(d) : null);
export const dayOf = (s: string | null | undefined) => (s ? dayjs(s) : undefined);
export const isFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');
