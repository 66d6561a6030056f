import type { EntryForm } from '../../../../common/statistics/entry-schemas.ts';
import type { Indicator } from '../../../../common/statistics/schemas.ts';
import type { Executor } from '../../../../db/client.ts';
import type { Period } from '../../../../domain/security-team/period.ts';
import {
  completeness,
  type EntryStatus,
  entryActionsFrom,
  reportsFigures,
  type Values,
} from '../../../../domain/statistics/entry.ts';
import { periodLabel } from '../../../../domain/statistics/period.ts';
import type { Lang } from '../../../i18n/messages.ts';
import type { UnitRow } from '../../org-unit/queries.ts';
import type { EntryRoles } from './policy.ts';
import { type ReportRow, userNames } from './queries.ts';

/** Everything a use case on one form needs, loaded once. */
export type EntryContext = {
  unit: UnitRow;
  period: Period;
  indicators: Indicator[];
  report: ReportRow | undefined;
  values: Values;
  roles: EntryRoles;
};

export const statusOf = (ec: { report: ReportRow | undefined }): EntryStatus =>
  (ec.report?.status as EntryStatus | undefined) ?? 'notStarted';

/** The form as the client shows it, with the buttons the actor may press. */
export async function presentForm(db: Executor, ec: EntryContext, lang: Lang): Promise<EntryForm> {
  const r = ec.report;
  const status = statusOf(ec);
  const allowed = new Set(entryActionsFrom(status));
  const names = await userNames(db, [r?.submittedBy ?? null, r?.approvedBy ?? null]);
  const stamp = (at: Date | null | undefined, by: number | null | undefined) =>
    at ? { at: at.toISOString(), by: by ? (names.get(by) ?? null) : null } : null;
  const c = completeness(ec.indicators, ec.values);
  const any = ec.indicators.length > 0;
  const edit = any && ec.roles.enter && allowed.has('save');
  return {
    id: r?.id ?? null,
    unit: { id: ec.unit.id, code: ec.unit.code, name: ec.unit.name, level: ec.unit.level, kind: ec.unit.kind },
    period: { text: ec.period.text, kind: ec.period.kind, label: periodLabel(ec.period, lang) },
    reporting: reportsFigures(ec.unit),
    status,
    version: r?.version ?? 0,
    note: r?.note ?? null,
    returnReason: r?.returnReason ?? null,
    submitted: stamp(r?.submittedAt, r?.submittedBy),
    approved: stamp(r?.approvedAt, r?.approvedBy),
    indicators: ec.indicators.map((i) => ({
      code: i.code,
      name: i.name,
      nameEn: i.nameEn,
      section: i.section,
      measure: i.measure,
      measureEn: i.measureEn,
      integer: i.integer,
      min: i.min,
      max: i.max,
      value: ec.values[i.code] ?? null,
    })),
    completeness: { filled: c.filled, required: c.required },
    can: {
      edit,
      submit: any && ec.roles.enter && allowed.has('submit'),
      approve: ec.roles.approve && allowed.has('approve'),
      return: ec.roles.approve && (allowed.has('return') || allowed.has('reopen')),
      import: edit,
    },
  };
}
