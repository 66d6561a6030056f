import type { ReportHeader, ReportRequestParsed } from '../../../../common/statistics/report-schemas.ts';
import { inSentence, typeWordOf } from '../../../../domain/statistics/report-format.ts';
import { placeDateLine } from '../../evaluation/export/format.ts';

/**
 * The Decree 30 header and signature of a report (REGULATIONS §9.3), each
 * field the user left out filled from the unit: a movement report is issued
 * by the police of the unit ("Công an tỉnh Hà Tĩnh"), under the police of the
 * level above, signed by its head. These are usual practice, so every one of
 * them can be overridden in the request.
 */

type Unit = { name: string; level: string | null };

const SYMBOLS: Record<string, string> = {
  tỉnh: 'CAT',
  'thành phố': 'CAT',
  xã: 'CAX',
  phường: 'CAP',
  'đặc khu': 'CAĐK',
  'thị trấn': 'CATT',
  huyện: 'CAH',
  quận: 'CAQ',
  'thị xã': 'CATX',
};

const police = (u: Unit) => (u.level === 'national' ? null : `Công an ${inSentence(u.name)}`);

export function defaultIssuer(u: Unit): string {
  if (u.level === 'national') return 'Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc';
  return u.level === 'residentialArea' || !typeWordOf(u.name) ? u.name : police(u)!;
}

export function defaultSuperior(u: Unit, parent: Unit | null): string | null {
  if (u.level === 'national' || u.level === 'province' || parent?.level === 'national') return 'Bộ Công an';
  return parent ? police(parent) : null;
}

export function defaultSymbol(u: Unit): string {
  if (u.level === 'national') return 'BC-V05';
  const type = typeWordOf(u.name);
  return type && SYMBOLS[type] ? `BC-${SYMBOLS[type]}` : 'BC';
}

export function defaultSignerTitle(u: Unit): string {
  if (u.level === 'national') return 'CỤC TRƯỞNG';
  if (u.level === 'province') return 'GIÁM ĐỐC';
  const type = typeWordOf(u.name);
  return type ? `TRƯỞNG CÔNG AN ${type.toLocaleUpperCase('vi')}` : 'THỦ TRƯỞNG ĐƠN VỊ';
}

/** The place of the date line: the province the unit sits in, without its type word ("Tỉnh Hà Tĩnh" → "Hà Tĩnh"). */
export function defaultPlace(u: Unit, pathNames: string[]): string {
  if (u.level === 'national') return 'Hà Nội';
  const province = [...pathNames, u.name][1] ?? u.name;
  return province.replace(/^(Tỉnh|Thành phố)\s+/u, '');
}

/** "15" → "Số: 15/BC-CAT"; "7" → "Số: 07/BC-CAT"; "" → a blank to write the number by hand. */
export const numberLine = (n: string, symbol: string) => `Số: ${n ? n.padStart(2, '0') : '\u00a0'.repeat(6)}/${symbol}`;

const recipientLine = (r: string) => r.replace(/^\s*[-–]\s*/, '');

export function reportHeader(
  body: ReportRequestParsed,
  unit: Unit & { pathNames: string[] },
  parent: Unit | null,
  today: string,
): ReportHeader {
  const superior = body.superior === undefined ? defaultSuperior(unit, parent) : body.superior || null;
  const issuer = body.issuer || defaultIssuer(unit);
  const symbol = body.symbol || defaultSymbol(unit);
  const place = body.place || defaultPlace(unit, unit.pathNames);
  const date = body.date ?? today;
  const recipients = body.recipients?.map(recipientLine) ?? [
    ...(superior ? [`${superior} (để báo cáo);`] : []),
    'Lưu: VT.',
  ];
  return {
    superior,
    issuer,
    number: body.number,
    symbol,
    numberLine: numberLine(body.number, symbol),
    place,
    date,
    placeDate: placeDateLine(place, date, 'vi'),
    signer: {
      authority: body.signer.authority,
      title: body.signer.title || defaultSignerTitle(unit),
      name: body.signer.name,
    },
    recipients,
  };
}
