import type {
  ChecklistItem,
  Classification,
  EvaluatedUnitType,
  MovementSetDefinition,
  SafetySetDefinition,
} from '../../../common/criteria/schemas.ts';
import type { Db } from '../../../db/client.ts';
import { criteriaSets, cycleTargets, evaluationCycles, evaluations } from '../../../db/schema/index.ts';
import { evaluatedTypeOf } from '../../../domain/evaluation/unit-type.ts';
import { uid } from '../../test/factories.ts';
import type { UnitRow } from '../org-unit/queries.ts';

/**
 * Arranges evaluation years, checklists and decided results with direct
 * inserts, so the title and plan tests do not depend on the evaluation routes.
 */

export const communeChecklistItems: ChecklistItem[] = [
  { code: '1', text: 'Nghị quyết, kế hoạch, đăng ký phấn đấu; ít nhất 1 mô hình', provenance: 'verified' },
  { code: '2', text: 'Đạt tiêu chí 2, 3, 4 Điều 4 ở quy mô xã', provenance: 'partial' },
  { code: '3', text: 'Công an xã không có cá nhân bị kỷ luật', provenance: 'sample' },
  {
    code: '4',
    text: '100% đơn vị đăng ký, ít nhất 70% được công nhận',
    provenance: 'verified',
    computed: 'subunitRecognitionShare',
    minPercent: 70,
  },
];

export const areaChecklistItems: ChecklistItem[] = [
  { code: '1', text: 'Chi bộ có nghị quyết; 100% hộ đăng ký', provenance: 'verified' },
  { code: '2', text: 'Chấp hành chủ trương, chính sách, pháp luật', provenance: 'verified' },
  { code: '3', text: 'Không xảy ra các vụ việc bị cấm', provenance: 'partial' },
  { code: '4', text: 'Kiềm chế, giảm tội phạm', provenance: 'sample' },
  { code: '5', text: 'Lực lượng nòng cốt hoạt động hiệu quả', provenance: 'sample' },
];

export async function buildChecklist(
  db: Db,
  appliesTo: EvaluatedUnitType[],
  items: ChecklistItem[],
  window: { windowFrom: string; windowTo: string } = { windowFrom: '11-16', windowTo: '11-15' },
) {
  const code = `safety-test-${uid()}`;
  const definition: SafetySetDefinition = {
    kind: 'safety',
    code,
    name: `Tiêu chuẩn "An toàn về an ninh, trật tự" (${appliesTo.join(', ')})`,
    legalBasis: 'Thông tư 124/2021/TT-BCA',
    appliesTo,
    provenance: 'partial',
    ...window,
    items,
  };
  const [row] = await db
    .insert(criteriaSets)
    .values({
      code,
      version: 1,
      kind: 'safety',
      name: definition.name,
      appliesTo,
      status: 'active',
      origin: 'reference',
      definition,
    })
    .returning();
  return row!;
}

export async function buildMovementSet(db: Db, appliesTo: EvaluatedUnitType[]) {
  const code = `movement-test-${uid()}`;
  const definition: MovementSetDefinition = {
    kind: 'movement',
    code,
    name: 'Tiêu chí đánh giá, phân loại phong trào (thử nghiệm)',
    legalBasis: 'Quyết định 510/QĐ-BCA-V05',
    appliesTo,
    provenance: 'sample',
    decideBy: '11-30',
    criteria: [{ code: '1', text: 'Tiêu chí thử', maxPoints: 100, rule: { type: 'manual' }, provenance: 'sample' }],
    classification: {
      labels: { excellent: 'Xuất sắc', good: 'Khá', average: 'Trung bình', weak: 'Yếu' },
      thresholds: { excellent: 90, good: 70, average: 50 },
      thresholdsProvenance: 'sample',
      gates: [],
    },
  };
  const [row] = await db
    .insert(criteriaSets)
    .values({
      code,
      version: 1,
      kind: 'movement',
      name: definition.name,
      appliesTo,
      status: 'active',
      origin: 'reference',
      definition,
    })
    .returning();
  return row!;
}

export type TargetSpec = {
  unitType: EvaluatedUnitType;
  safetySetId: number | null;
  decisionLevel: 'parent' | 'province';
};

/** Opens `year` for the unit (a province) with the given targets, as the evaluation feature would. */
export async function buildCycle(db: Db, unit: UnitRow, year: number, targets: TargetSpec[], status?: 'closed') {
  const movement = await buildMovementSet(
    db,
    targets.map((t) => t.unitType),
  );
  const [cycle] = await db
    .insert(evaluationCycles)
    .values({ unitId: unit.id, unitPath: unit.path, year, status: status ?? 'open' })
    .returning();
  for (const t of targets) {
    await db.insert(cycleTargets).values({
      cycleId: cycle!.id,
      unitType: t.unitType,
      criteriaSetId: movement.id,
      safetySetId: t.safetySetId,
      submitBy: `${year}-11-10`,
      decideBy: `${year}-11-30`,
      decisionLevel: t.decisionLevel,
    });
  }
  return { cycle: cycle!, movement };
}

/** A sheet at `status`; `decided` with a class fixes the result as the decision level would. */
export async function buildEvaluation(
  db: Db,
  cycle: { id: number; year: number },
  criteriaSetId: number,
  unit: UnitRow,
  status: 'draft' | 'submitted' | 'approved' | 'decided',
  classification: Classification,
) {
  const decided = status === 'decided';
  const [row] = await db
    .insert(evaluations)
    .values({
      cycleId: cycle.id,
      unitId: unit.id,
      unitPath: unit.path,
      unitType: evaluatedTypeOf(unit)!,
      year: cycle.year,
      criteriaSetId,
      status,
      classification,
      decidedClassification: decided ? classification : null,
      decisionNumber: decided ? `${uid()}/QĐ-BCĐ` : null,
      decisionDate: decided ? `${cycle.year}-11-20` : null,
      decidedAt: decided ? new Date(`${cycle.year}-11-20T03:00:00Z`) : null,
    })
    .returning();
  return row!;
}
