import type { UnitRef, UnitSummary } from '../../common/org-unit/schemas.ts';
import type { MessageKey } from '../i18n/messages.ts';

/** "Xã Kỳ Anh — Tỉnh Hà Tĩnh › Thị xã Kỳ Anh": a search result told apart by its ancestors. */
export function unitWithPath(unit: Pick<UnitSummary, 'name' | 'pathNames'>): string {
  return unit.pathNames.length ? `${unit.name} — ${unit.pathNames.join(' › ')}` : unit.name;
}

/** The level for administrative units, the kind for institutions. */
export function levelOrKindKey(unit: Pick<UnitRef, 'level' | 'kind'>): MessageKey {
  if (unit.kind === 'administrative' && unit.level) return `level.${unit.level}`;
  return `kind.${unit.kind}`;
}
