import { inSentence, periodOpening, upperFirst } from './report-format.ts';
import {
  awardsText,
  campaignsText,
  citizensText,
  classificationText,
  crimeText,
  forcesText,
  initiativesText,
  mediationText,
} from './report-sections.ts';

/**
 * A summary report of the movement (báo cáo sơ kết / tổng kết) as a model:
 * the outline movement reports use (REGULATIONS §9.5), with part II written
 * from the figures and the other parts as narratives with a default text.
 * Every paragraph has a stable key, so the user's edits travel as
 * {key: text} and the DOCX, the HTML preview and the web page say the same.
 */

export type ReportKind = 'interim' | 'final';

export type ReportFigure = {
  value: number | null;
  previous: number | null;
  change: number | null;
  changePct: number | null;
};

export type ReportFacts = {
  kind: ReportKind;
  unit: { name: string; level: string | null };
  /** the issuing body in sentence case, "Công an tỉnh Hà Tĩnh" */
  issuer: string;
  /** "năm 2025", "giai đoạn 2013 - 2023", "từ quý I năm 2025 đến quý III năm 2025" */
  rangeLabel: string;
  /** false over several years: the range a year earlier overlaps it, so "so với cùng kỳ" means nothing */
  compare: boolean;
  figures: Record<string, ReportFigure>;
  indicators: { code: string; name: string; measure: string; section: string; aggregation: string }[];
  awardForms: { code: string; name: string; issuerTitle: string; kind: string }[];
};

export type ReportParagraph = {
  key: string;
  kind: 'data' | 'narrative';
  text: string;
  defaultText: string;
  edited: boolean;
};
export type ReportSubsection = { key: string; heading: string; paragraphs: ReportParagraph[] };
export type ReportSection = {
  key: string;
  /** null for the opening and closing paragraphs */
  heading: string | null;
  paragraphs: ReportParagraph[];
  subsections: ReportSubsection[];
};
export type ReportModel = { kind: ReportKind; title: string; summary: string; sections: ReportSection[] };

const KIND_WORD: Record<ReportKind, string> = { interim: 'sơ kết', final: 'tổng kết' };

/** "Tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc giai đoạn 2013 - 2023" */
export const reportSummary = (kind: ReportKind, rangeLabel: string) =>
  `${upperFirst(KIND_WORD[kind])} phong trào toàn dân bảo vệ an ninh Tổ quốc ${rangeLabel}`;

type Draft = { key: string; kind: 'data' | 'narrative'; text: string };
const data = (key: string, text: string): Draft => ({ key, kind: 'data', text });
const narrative = (key: string, text: string): Draft => ({ key, kind: 'narrative', text });

function narratives(f: ReportFacts) {
  const where = inSentence(f.unit.name);
  const kind = KIND_WORD[f.kind];
  return {
    intro: `Thực hiện chỉ đạo của cấp trên về việc ${kind} phong trào toàn dân bảo vệ an ninh Tổ quốc, ${f.issuer} báo cáo kết quả thực hiện ${f.rangeLabel} như sau:`,
    situation: `${periodOpening(f.rangeLabel)}, tình hình an ninh chính trị trên địa bàn ${where} cơ bản ổn định, trật tự, an toàn xã hội được bảo đảm. Phong trào toàn dân bảo vệ an ninh Tổ quốc tiếp tục được cấp ủy, chính quyền các cấp quan tâm lãnh đạo, chỉ đạo, được các tầng lớp Nhân dân tích cực hưởng ứng. Bên cạnh đó, tình hình tội phạm, tệ nạn xã hội ở một số địa bàn còn diễn biến phức tạp, ảnh hưởng đến hiệu quả của phong trào.`,
    strengths: `Phong trào toàn dân bảo vệ an ninh Tổ quốc ${f.rangeLabel} được triển khai đồng bộ, có trọng tâm, trọng điểm; nhiều mô hình, điển hình tiên tiến được xây dựng và nhân rộng; lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở được củng cố, phát huy hiệu quả, góp phần giữ vững an ninh chính trị, trật tự, an toàn xã hội trên địa bàn.`,
    limits: `Một số cấp ủy, chính quyền cơ sở chưa quan tâm đúng mức đến phong trào; hoạt động của một số mô hình còn hình thức, chưa duy trì thường xuyên; công tác nắm tình hình, phát hiện, tố giác tội phạm ở một số địa bàn còn hạn chế. Nguyên nhân chủ yếu là công tác tuyên truyền, vận động chưa sâu rộng; kinh phí, điều kiện bảo đảm cho phong trào còn khó khăn.`,
    lessons: `Phát huy vai trò lãnh đạo của cấp ủy, sự điều hành của chính quyền, vai trò nòng cốt của lực lượng Công an và sự phối hợp của Mặt trận Tổ quốc, các đoàn thể; lấy Nhân dân làm trung tâm, chủ thể; thường xuyên sơ kết, tổng kết, kịp thời khen thưởng, nhân rộng các mô hình, điển hình tiên tiến.`,
    tasks: `Tiếp tục quán triệt, triển khai các chủ trương, chỉ đạo của cấp trên về xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc; đổi mới nội dung, hình thức tuyên truyền, vận động; củng cố, nâng cao hiệu quả các mô hình tự quản, tự phòng, tự bảo vệ, tự hòa giải; kiện toàn lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở; đẩy mạnh công tác đánh giá, phân loại phong trào và xây dựng các địa bàn, cơ quan, doanh nghiệp, cơ sở giáo dục đạt tiêu chuẩn "An toàn về an ninh, trật tự".`,
    proposals: `Đề nghị cấp trên tiếp tục quan tâm hướng dẫn, bố trí kinh phí, trang bị phương tiện cho lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở; kịp thời khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào.`,
    closing: `Trên đây là báo cáo ${kind} phong trào toàn dân bảo vệ an ninh Tổ quốc ${f.rangeLabel} của ${f.issuer}./.`,
  };
}

function outline(f: ReportFacts) {
  const n = narratives(f);
  const sub = (key: string, heading: string, paragraphs: Draft[]) => ({ key, heading, paragraphs });
  return [
    { key: 'opening', heading: null, paragraphs: [narrative('intro', n.intro)], subsections: [] },
    { key: 'I', heading: 'I. ĐẶC ĐIỂM, TÌNH HÌNH', paragraphs: [narrative('situation', n.situation)], subsections: [] },
    {
      key: 'II',
      heading: 'II. KẾT QUẢ THỰC HIỆN',
      paragraphs: [],
      subsections: [
        sub('campaigns', '1. Kết quả triển khai các đợt phát động, hoạt động của phong trào', [
          data('campaigns', campaignsText(f)),
        ]),
        sub('initiatives', '2. Xây dựng, nhân rộng mô hình, điển hình tiên tiến', [
          data('initiatives', initiativesText(f)),
        ]),
        sub('citizens', '3. Tiếp nhận, giải quyết tin báo, tố giác tội phạm và đơn thư', [
          data('citizens', citizensText(f)),
        ]),
        sub('mediation', '4. Công tác hòa giải ở cơ sở', [data('mediation', mediationText(f))]),
        sub('forces', '5. Xây dựng lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở', [
          data('forces', forcesText(f)),
        ]),
        sub('classification', '6. Kết quả đánh giá, phân loại phong trào', [
          data('classification', classificationText(f)),
        ]),
        sub('crime', '7. Tình hình tội phạm, vi phạm pháp luật', [data('crime', crimeText(f))]),
        sub('awards', '8. Công tác thi đua, khen thưởng', [data('awards', awardsText(f))]),
      ],
    },
    {
      key: 'III',
      heading: 'III. ĐÁNH GIÁ CHUNG',
      paragraphs: [],
      subsections: [
        sub('strengths', '1. Ưu điểm', [narrative('strengths', n.strengths)]),
        sub('limits', '2. Tồn tại, hạn chế và nguyên nhân', [narrative('limits', n.limits)]),
        sub('lessons', '3. Bài học kinh nghiệm', [narrative('lessons', n.lessons)]),
      ],
    },
    { key: 'IV', heading: 'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ', paragraphs: [narrative('tasks', n.tasks)], subsections: [] },
    { key: 'V', heading: 'V. ĐỀ XUẤT, KIẾN NGHỊ', paragraphs: [narrative('proposals', n.proposals)], subsections: [] },
    { key: 'closing', heading: null, paragraphs: [narrative('closing', n.closing)], subsections: [] },
  ];
}

/** The printed paragraphs of one text: a user's text may hold several, one a line; an emptied text prints nothing. */
export const linesOf = (p: { text: string }) =>
  p.text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** Every paragraph key of the report, in reading order. */
export const paragraphKeys = (m: ReportModel) =>
  m.sections.flatMap((s) => [...s.paragraphs, ...s.subsections.flatMap((b) => b.paragraphs)].map((p) => p.key));

/** The keys of `texts` that name no paragraph (a stale client, a typo): the caller refuses them. */
export const unknownTextKeys = (m: ReportModel, texts: Record<string, string>) => {
  const known = new Set(paragraphKeys(m));
  return Object.keys(texts).filter((k) => !known.has(k));
};

/**
 * The report of a unit for a range: default texts from the facts, replaced by
 * the user's text where one is given (trimmed; an empty text drops the
 * paragraph from the document but keeps its default for the editor).
 */
export function composeReport(f: ReportFacts, texts: Record<string, string> = {}): ReportModel {
  const finish = (d: Draft): ReportParagraph => {
    const own = texts[d.key];
    const edited = own !== undefined && own.trim() !== d.text;
    return { ...d, defaultText: d.text, text: own === undefined ? d.text : own.trim(), edited };
  };
  return {
    kind: f.kind,
    title: 'BÁO CÁO',
    summary: reportSummary(f.kind, f.rangeLabel),
    sections: outline(f).map((s) => ({
      ...s,
      paragraphs: s.paragraphs.map(finish),
      subsections: s.subsections.map((b) => ({ ...b, paragraphs: b.paragraphs.map(finish) })),
    })),
  };
}
