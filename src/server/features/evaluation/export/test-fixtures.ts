import type { MovementSetDefinition } from '../../../../common/criteria/schemas.ts';
import type { ReviewRow, SheetView } from '../../../../common/evaluation/schemas.ts';
import { classify } from '../../../../domain/evaluation/classification.ts';
import { leavesOf } from '../../../../domain/evaluation/criteria.ts';
import { toResultView } from '../../../../domain/evaluation/result-view.ts';
import { pointsFor } from '../../../../domain/evaluation/scoring.ts';

/**
 * A hand-built score sheet for the export tests and for looking at the output:
 * a criterion with sub-items, a percentage-band line, a deduction line whose
 * event trips a gate, a decided result.
 */
export const fixtureSet: MovementSetDefinition = {
  kind: 'movement',
  code: 'test-residential',
  name: 'Tiêu chí đánh giá phong trào ở khu dân cư (mẫu)',
  legalBasis: 'Quyết định số 510/QĐ-BCA-V05 ngày 20/01/2022 của Bộ trưởng Bộ Công an',
  appliesTo: ['residentialArea'],
  provenance: 'sample',
  decideBy: '11-20',
  criteria: [
    {
      code: '1',
      text: 'Công tác lãnh đạo, chỉ đạo và xây dựng kế hoạch',
      maxPoints: 20,
      provenance: 'sample',
      items: [
        {
          code: '1.1',
          text: 'Chi bộ ban hành nghị quyết trong quý I',
          maxPoints: 10,
          provenance: 'sample',
          rule: { type: 'manual' },
        },
        {
          code: '1.2',
          text: 'Khu dân cư có kế hoạch và đăng ký phấn đấu đạt tiêu chuẩn',
          maxPoints: 10,
          provenance: 'sample',
          rule: { type: 'manual' },
        },
      ],
    },
    {
      code: '2',
      text: 'Tỷ lệ hộ gia đình đăng ký tham gia phong trào',
      maxPoints: 20,
      provenance: 'sample',
      rule: {
        type: 'percentageBands',
        bands: [
          { minPercent: 100, points: 20 },
          { minPercent: 90, points: 15 },
          { minPercent: 70, points: 10 },
        ],
      },
    },
    {
      code: '3',
      text: 'Không để xảy ra các vụ việc thuộc danh mục không được để xảy ra',
      maxPoints: 30,
      provenance: 'sample',
      rule: { type: 'deductionPerEvent', pointsPerEvent: 5 },
    },
    {
      code: '4',
      text: 'Xây dựng, duy trì mô hình tự quản về an ninh, trật tự',
      maxPoints: 30,
      provenance: 'sample',
      rule: { type: 'manual' },
    },
  ],
  classification: {
    labels: { excellent: 'Xuất sắc', good: 'Khá', average: 'Trung bình', weak: 'Yếu' },
    thresholds: { excellent: 90, good: 70, average: 50 },
    thresholdsProvenance: 'sample',
    gates: [
      { kind: 'eventsRecorded', criterion: '3', capAt: 'good', provenance: 'sample' },
      { kind: 'safetyRecognitionMissing', capAt: 'good', provenance: 'sample' },
    ],
  },
};

const selfValues: Record<string, number> = { '1.1': 10, '1.2': 10, '2': 100, '3': 1, '4': 30 };
const reviewValues: Record<string, { value: number; reason: string }> = {
  '1.2': { value: 7.5, reason: 'Kế hoạch ban hành muộn, thiếu biên bản họp' },
};

/** Self 95; after review 92,5; one event caps the class at "Khá"; decided. */
export function fixtureSheet(overrides: Partial<SheetView> = {}): SheetView {
  const counted = Object.fromEntries(
    Object.entries(selfValues).map(([code, v]) => [code, reviewValues[code]?.value ?? v]),
  );
  const facts = { safetyRecognised: true };
  const result = toResultView(classify(fixtureSet, counted, facts));
  return {
    id: 1,
    unit: {
      id: 10,
      code: 'TDP5',
      name: 'Tổ dân phố 5',
      level: 'residentialArea',
      kind: 'administrative',
      pathNames: ['Toàn quốc', 'Tỉnh Hà Tĩnh', 'Phường Thành Sen'],
    },
    unitType: 'residentialArea',
    year: 2025,
    cycleId: 1,
    cycleStatus: 'open',
    status: 'decided',
    version: 5,
    set: {
      id: 1,
      code: fixtureSet.code,
      version: 1,
      name: fixtureSet.name,
      legalBasis: fixtureSet.legalBasis,
      provenance: fixtureSet.provenance,
      provenanceNote: null,
      criteria: fixtureSet.criteria,
      classification: fixtureSet.classification,
    },
    entries: leavesOf(fixtureSet).map((leaf) => {
      const self = selfValues[leaf.code] ?? null;
      const review = reviewValues[leaf.code] ?? null;
      const value = review?.value ?? self;
      return {
        code: leaf.code,
        selfValue: self,
        selfComment: leaf.code === '3' ? 'Một vụ trộm cắp tài sản tháng 6' : null,
        reviewValue: review?.value ?? null,
        reviewReason: review?.reason ?? null,
        selfPoints: self === null ? null : pointsFor(leaf.rule, leaf.maxPoints, self),
        points: value === null ? null : pointsFor(leaf.rule, leaf.maxPoints, value),
      };
    }),
    selfResult: toResultView(classify(fixtureSet, selfValues, facts)),
    result,
    decided: {
      classification: result.classification,
      decisionNumber: '15/QĐ-BCĐ',
      decisionDate: '2025-12-05',
      decidedBy: 'Nguyễn Văn A',
    },
    deadlines: {
      submitBy: '2025-11-10',
      decideBy: '2025-11-20',
      extensionUntil: null,
      extensionReason: null,
      late: false,
      submissionOpen: false,
    },
    submittedAt: '2025-11-05T03:00:00.000Z',
    safetyRecognised: true,
    remediation: { required: false, planId: null, overdue: false },
    evidence: [],
    changes: [],
    events: [],
    can: {
      edit: false,
      submit: false,
      adjust: false,
      sendBack: false,
      approve: false,
      decide: false,
      extend: false,
      uploadEvidence: false,
    },
    ...overrides,
  };
}

const classes = ['excellent', 'good', 'average', 'weak'] as const;
const statuses = ['notStarted', 'draft', 'submitted', 'returned', 'approved', 'decided'] as const;

/** `n` rows of a level's summary, deterministic: every 6th status, every 4th class. */
export function fixtureRows(n: number): ReviewRow[] {
  return Array.from({ length: n }, (_, i): ReviewRow => {
    const status = statuses[i % statuses.length] ?? 'draft';
    const classification = status === 'notStarted' ? null : (classes[i % 4] ?? 'good');
    const decided = status === 'decided' ? classification : null;
    return {
      unit: {
        id: 1000 + i,
        code: `KDC${i + 1}`,
        name: `Thôn ${i + 1}`,
        level: 'residentialArea',
        kind: 'administrative',
        pathNames: ['Toàn quốc', 'Tỉnh Hà Tĩnh', `Xã ${Math.floor(i / 20) + 1}`],
      },
      unitType: 'residentialArea',
      evaluationId: status === 'notStarted' ? null : i + 1,
      status,
      selfTotal: status === 'notStarted' ? null : 60 + (i % 40) + 0.5,
      total: status === 'notStarted' ? null : 58 + (i % 40) + 0.25,
      classification,
      decidedClassification: decided,
      submitBy: '2025-11-10',
      extensionUntil: null,
      submittedAt: null,
      late: status === 'notStarted' && i % 12 === 0,
      safetyRecognised: i % 3 !== 0,
      planRequired: decided === 'average' || decided === 'weak',
      planId: (decided === 'average' || decided === 'weak') && i % 2 === 0 ? i : null,
    };
  });
}
