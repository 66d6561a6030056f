import type { ReportFacts } from './report.ts';
import {
  changePhrase,
  clauses,
  inSentence,
  periodOpening,
  ratioChangePhrase,
  scopeWord,
  shareOf,
  vnNumber,
  vnPercent,
} from './report-format.ts';

/**
 * The default text of each data paragraph of part II, written from the
 * figures as a movement report words them. Pure: the facts in, Vietnamese
 * sentences out; the user may rewrite any of them before export.
 */

const CAMPAIGN_KINDS = [
  ['launch', 'lễ ra quân, phát động'],
  ['festivalDay', 'Ngày hội toàn dân bảo vệ an ninh Tổ quốc'],
  ['listeningConference', 'hội nghị lắng nghe ý kiến Nhân dân'],
  ['weaponsCollection', 'đợt vận động thu hồi vũ khí, vật liệu nổ, công cụ hỗ trợ'],
  ['other', 'hoạt động khác'],
] as const;

const STAGES = [
  ['registered', 'đang đăng ký'],
  ['pilot', 'đang thí điểm'],
  ['evaluated', 'đã được đánh giá'],
  ['replicated', 'đã nhân rộng'],
  ['stopped', 'đã dừng'],
] as const;

const CLASSES = [
  ['excellent', 'Tốt'],
  ['good', 'Khá'],
  ['average', 'Trung bình'],
  ['weak', 'Yếu'],
] as const;

const v = (f: ReportFacts, code: string) => f.figures[code]?.value ?? 0;
const opening = (f: ReportFacts) => `${periodOpening(f.rangeLabel)}, ${scopeWord(f.unit.name, f.unit.level)}`;
const noData = (f: ReportFacts, what: string) =>
  `${periodOpening(f.rangeLabel)}, chưa có số liệu ${what} được ghi nhận trên hệ thống.`;

export function campaignsText(f: ReportFacts): string {
  if (v(f, 'campaigns') === 0) return noData(f, 'về các đợt phát động, hoạt động phong trào');
  const kinds = CAMPAIGN_KINDS.filter(([k]) => v(f, `campaigns.${k}`) > 0).map(
    ([k, label]) =>
      `${vnNumber(v(f, `campaigns.${k}`))} ${label} với ${vnNumber(v(f, `campaignParticipants.${k}`))} lượt người tham gia`,
  );
  const total = `tổng cộng ${vnNumber(v(f, 'campaigns'))} cuộc với ${vnNumber(v(f, 'campaignParticipants'))} lượt người tham gia`;
  // the total says something new only when there are several kinds
  let text = `${opening(f)} tổ chức ${clauses(kinds.length > 1 ? [...kinds, total] : kinds)}`;
  const collected = [
    v(f, 'weaponsCollected') > 0 && `${vnNumber(v(f, 'weaponsCollected'))} khẩu vũ khí`,
    v(f, 'explosivesKg') > 0 && `${vnNumber(v(f, 'explosivesKg'))} kg vật liệu nổ`,
    v(f, 'supportToolsCollected') > 0 && `${vnNumber(v(f, 'supportToolsCollected'))} công cụ hỗ trợ`,
  ].filter((s): s is string => Boolean(s));
  if (collected.length) text += ` Qua các đợt vận động, đã thu hồi ${collected.join(', ')}.`;
  return text;
}

export function initiativesText(f: ReportFacts): string {
  const started = v(f, 'initiatives');
  const points = v(f, 'initiativePoints');
  const exemplars = v(f, 'exemplars');
  if (started + points + exemplars === 0) return noData(f, 'về mô hình, điển hình tiên tiến');
  const stages = STAGES.filter(([k]) => v(f, `initiatives.${k}`) > 0).map(
    ([k, label]) => `${vnNumber(v(f, `initiatives.${k}`))} mô hình ${label}`,
  );
  return `${opening(f)} ${clauses([
    `xây dựng mới ${vnNumber(started)} mô hình${stages.length ? ` (trong đó ${stages.join(', ')})` : ''}`,
    `nhân rộng ${vnNumber(points)} điểm mô hình`,
    `phát hiện, biểu dương ${vnNumber(exemplars)} điển hình tiên tiến`,
  ])}`;
}

export function citizensText(f: ReportFacts): string {
  const tips = v(f, 'tipsReceived');
  const petitions = v(f, 'petitionsReceived');
  if (tips + petitions === 0) return noData(f, 'về tin báo, tố giác tội phạm và đơn thư');
  const rate = (n: string, d: string) => {
    const r = shareOf(v(f, n), v(f, d));
    return r === null ? '' : ` (đạt ${vnPercent(r)})`;
  };
  return `${periodOpening(f.rangeLabel)}, ${clauses([
    `tiếp nhận ${vnNumber(tips)} tin báo, tố giác tội phạm, trong đó ${vnNumber(v(f, 'tipsValuable'))} tin có giá trị${rate('tipsValuable', 'tipsReceived')}, ${vnNumber(v(f, 'tipsLedToCase'))} tin dẫn đến khởi tố, xử lý`,
    `tiếp nhận ${vnNumber(petitions)} đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh, đã giải quyết ${vnNumber(v(f, 'petitionsResolved'))} đơn${rate('petitionsResolved', 'petitionsReceived')}`,
  ])}`;
}

export function mediationText(f: ReportFacts): string {
  const cases = v(f, 'mediationCases');
  if (cases + v(f, 'mediationTeams') + v(f, 'mediators') === 0) return noData(f, 'về hòa giải ở cơ sở');
  const rate = shareOf(v(f, 'mediationSucceeded'), cases);
  const teams = `Đến cuối kỳ báo cáo, ${scopeWord(f.unit.name, f.unit.level)} có ${vnNumber(v(f, 'mediationTeams'))} tổ hòa giải với ${vnNumber(v(f, 'mediators'))} hòa giải viên.`;
  const work = cases
    ? `${periodOpening(f.rangeLabel)}, các tổ hòa giải đã hòa giải ${vnNumber(cases)} vụ việc, trong đó hòa giải thành ${vnNumber(v(f, 'mediationSucceeded'))} vụ việc${rate === null ? '' : `, đạt ${vnPercent(rate)}`}.`
    : `${periodOpening(f.rangeLabel)}, chưa có vụ việc hòa giải có kết quả được ghi nhận trên hệ thống.`;
  return `${teams} ${work}`;
}

export function forcesText(f: ReportFacts): string {
  if (v(f, 'securityTeams') + v(f, 'securityTeamMembers') + v(f, 'communePolice') === 0)
    return noData(f, 'về lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở');
  const semi = v(f, 'communePoliceSemi');
  const police = [
    `${vnNumber(v(f, 'communePoliceRegular'))} chính quy`,
    semi > 0 && `${vnNumber(semi)} bán chuyên trách`,
  ].filter(Boolean);
  return `Đến cuối kỳ báo cáo, ${scopeWord(f.unit.name, f.unit.level)} có ${clauses([
    `${vnNumber(v(f, 'securityTeams'))} tổ bảo vệ an ninh, trật tự ở cơ sở với ${vnNumber(v(f, 'securityTeamMembers'))} thành viên`,
    `lực lượng Công an xã ${vnNumber(v(f, 'communePolice'))} người, trong đó ${police.join(', ')}`,
  ])}`;
}

export function classificationText(f: ReportFacts): string {
  const total = v(f, 'classified');
  const safety = v(f, 'safetyTitles');
  if (total + safety === 0) return noData(f, 'về kết quả đánh giá, phân loại phong trào');
  const levels = CLASSES.map(([k, label]) => {
    const n = v(f, `classified.${k}`);
    const s = shareOf(n, total);
    return `loại ${label} ${vnNumber(n)} đơn vị${s === null ? '' : ` (${vnPercent(s)})`}`;
  });
  return `${periodOpening(f.rangeLabel)}, ${clauses([
    `có ${vnNumber(total)} đơn vị được đánh giá, xếp loại phong trào, trong đó ${levels.join(', ')}`,
    `${vnNumber(safety)} lượt đơn vị được công nhận đạt tiêu chuẩn "An toàn về an ninh, trật tự"`,
  ])}`;
}

/** One line per entered crime and order figure with a value, beside the same period when comparable. */
export function crimeText(f: ReportFacts): string {
  const lines = f.indicators
    .filter((i) => i.section === 'crime')
    .flatMap((i) => {
      const fig = f.figures[i.code];
      if (!fig || fig.value === null) return [];
      if (fig.value === 0 && !fig.previous) return [];
      const compare = f.compare
        ? i.aggregation === 'ratio'
          ? ratioChangePhrase(fig)
          : changePhrase(fig, i.measure)
        : '';
      const value = i.aggregation === 'ratio' ? `đạt ${vnPercent(fig.value)}` : `${vnNumber(fig.value)} ${i.measure}`;
      return [`- ${i.name}: ${value}${compare ? `, ${compare}` : ''}`];
    });
  if (!lines.length) return noData(f, 'về tình hình tội phạm, vi phạm pháp luật đã được phê duyệt');
  const last = lines.length - 1;
  return [
    `${periodOpening(f.rangeLabel)}, tình hình tội phạm và vi phạm pháp luật trên địa bàn ${inSentence(f.unit.name)} như sau:`,
    ...lines.map((l, i) => `${l}${i === last ? '.' : ';'}`),
  ].join('\n');
}

const objectOf = (form: ReportFacts['awardForms'][number]) =>
  form.kind === 'certificateOfMerit'
    ? 'Bằng khen'
    : form.kind === 'certificateOfCommendation'
      ? 'Giấy khen'
      : form.name.replace(` của ${form.issuerTitle}`, '');

/** "Chủ tịch UBND tỉnh tặng Bằng khen cho 9 tập thể, 15 cá nhân; …", the forms in their own order. */
export function awardsText(f: ReportFacts): string {
  const parts = f.awardForms.flatMap((form) => {
    const c = v(f, `awards.${form.code}.collective`);
    const i = v(f, `awards.${form.code}.individual`);
    if (c + i === 0) return [];
    const who = [c > 0 && `${vnNumber(c)} tập thể`, i > 0 && `${vnNumber(i)} cá nhân`].filter(Boolean).join(', ');
    return [`${form.issuerTitle} tặng ${objectOf(form)} cho ${who}`];
  });
  const c = v(f, 'awards.collective');
  const i = v(f, 'awards.individual');
  if (!parts.length && c + i === 0) return noData(f, 'về khen thưởng');
  return `${periodOpening(f.rangeLabel)}, các tập thể, cá nhân có thành tích trong phong trào được khen thưởng: ${clauses(
    [...parts, `tổng cộng ${vnNumber(c)} tập thể, ${vnNumber(i)} cá nhân`],
  )}`;
}
