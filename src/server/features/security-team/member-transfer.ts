import { eq } from 'drizzle-orm';
import type { RegistryImportResult } from '../../../common/registry/schemas.ts';
import { MemberBody } from '../../../common/security-team/schemas.ts';
import { securityTeamMembers, securityTeams } from '../../../db/schema/index.ts';
import type { SheetColumn } from '../../../domain/registry/cells.ts';
import { foldText } from '../../../domain/text.ts';
import type { Ctx } from '../../context.ts';
import { AppError, notFound, type RowError } from '../../errors.ts';
import { translate } from '../../i18n/messages.ts';
import { authorize } from '../../policy.ts';
import { badRows, readImportRows } from '../../registry/import-rows.ts';
import { getRecord, todayOf } from '../../registry/read.ts';
import { bump } from '../../registry/write.ts';
import { renderRegistryTemplate, renderRegistryXlsx } from '../../registry/xlsx.ts';
import { getUnit } from '../org-unit/queries.ts';
import { activeMembers, audit, checkMember, lockTeam } from './members.ts';
import { securityTeamRegistry as reg } from './registry.ts';

const roleOptions = [
  { value: 'leader', label: { vi: 'Tổ trưởng', en: 'Leader' } },
  { value: 'deputy', label: { vi: 'Tổ phó', en: 'Deputy' } },
  { value: 'member', label: { vi: 'Tổ viên', en: 'Member' } },
] as const;
const genderOptions = [
  { value: 'male', label: { vi: 'Nam', en: 'Male' } },
  { value: 'female', label: { vi: 'Nữ', en: 'Female' } },
] as const;

export const memberColumns: SheetColumn[] = [
  {
    key: 'fullName',
    header: { vi: 'Họ và tên', en: 'Full name' },
    type: 'text',
    required: true,
    width: 28,
    example: 'Nguyễn Văn An',
  },
  {
    key: 'gender',
    header: { vi: 'Giới tính', en: 'Gender' },
    type: 'enum',
    options: genderOptions,
    required: true,
    width: 10,
  },
  { key: 'birthYear', header: { vi: 'Năm sinh', en: 'Birth year' }, type: 'int', width: 10, example: '1985' },
  {
    key: 'role',
    header: { vi: 'Chức danh', en: 'Role' },
    type: 'enum',
    options: roleOptions,
    required: true,
    width: 12,
  },
  {
    key: 'joinedOn',
    header: { vi: 'Ngày tham gia', en: 'Joined on' },
    type: 'date',
    required: true,
    width: 14,
    example: '01/07/2024',
  },
  { key: 'training', header: { vi: 'Đào tạo, huấn luyện', en: 'Training' }, type: 'text', width: 30 },
  { key: 'note', header: { vi: 'Ghi chú', en: 'Note' }, type: 'text', width: 24 },
];
const exportColumns: SheetColumn[] = [
  ...memberColumns,
  { key: 'leftOn', header: { vi: 'Ngày thôi tham gia', en: 'Left on' }, type: 'date', width: 14, readOnly: true },
  { key: 'leftReason', header: { vi: 'Lý do thôi', en: 'Reason left' }, type: 'text', width: 24, readOnly: true },
];
const title = { vi: 'Thành viên tổ bảo vệ an ninh, trật tự', en: 'Security team members' };

/** Rows are inserted in batches: 500 rows in two statements, well under the parameter limit. */
const BATCH = 250;

export const memberTemplate = (ctx: Ctx) => renderRegistryTemplate({ title, columns: memberColumns, lang: ctx.lang });

/** Every member of a team (those who left too), in the import layout. */
export async function exportMembers(ctx: Ctx, teamId: number) {
  const team = await getRecord(ctx, reg, teamId);
  return renderRegistryXlsx({
    title: { vi: `${title.vi} – ${team.name}`, en: `${title.en} – ${team.name}` },
    columns: exportColumns,
    rows: team.members,
    lang: ctx.lang,
    today: todayOf(ctx),
  });
}

/** The same person twice: name (diacritics ignored), birth year and joining date. */
const keyOf = (m: { fullName: string; birthYear?: number | null; joinedOn: string }) =>
  `${foldText(m.fullName)}|${m.birthYear ?? ''}|${m.joinedOn}`;

/**
 * Adds the members of a workbook to one team. Every row is checked first
 * (cells, schema, dates, one active leader counting the team's and the file's
 * earlier rows, the same person twice); one bad row and nothing is written.
 * Then all rows go in one transaction, with one audit row for the import.
 */
export async function importMembers(
  ctx: Ctx,
  teamId: number,
  file: { data: Buffer; name: string },
): Promise<RegistryImportResult> {
  // rights first: someone without them learns nothing from the file's errors
  const [owner] = await ctx.db
    .select({ unitId: securityTeams.unitId })
    .from(securityTeams)
    .where(eq(securityTeams.id, teamId));
  const unit = owner && (await getUnit(ctx.db, owner.unitId));
  if (!unit) throw notFound();
  authorize(ctx.actor, reg.perms.manage, unit);
  const parsed = await readImportRows({
    data: file.data,
    fileName: file.name,
    columns: memberColumns,
    schema: MemberBody,
    lang: ctx.lang,
  });
  if (parsed.errors.length === 0 && parsed.rows.length === 0) throw new AppError(422, 'import.empty');
  return ctx.db.transaction(async (tx) => {
    const [current] = await tx
      .select({ version: securityTeams.version })
      .from(securityTeams)
      .where(eq(securityTeams.id, teamId));
    if (!current) throw notFound();
    await lockTeam(tx, ctx, teamId, current.version);
    const today = todayOf(ctx);
    const errors: RowError[] = [...parsed.errors];
    const running = await activeMembers(tx, teamId);
    const seen = new Set(running.map(keyOf));
    for (const { row, values } of parsed.rows) {
      if (seen.has(keyOf(values))) {
        errors.push({
          row,
          column: memberColumns[0]!.header[ctx.lang],
          message: translate('securityTeam.duplicateMember', ctx.lang),
        });
        continue;
      }
      try {
        checkMember(values, running, today);
        running.push({ ...values, leftOn: null } as never);
        seen.add(keyOf(values));
      } catch (e) {
        if (!(e instanceof AppError) || e.status >= 500) throw e;
        errors.push(...rowErrors(e, row, ctx));
      }
    }
    if (errors.length > 0) throw badRows(errors);
    const ids: number[] = [];
    for (let i = 0; i < parsed.rows.length; i += BATCH) {
      const batch = parsed.rows
        .slice(i, i + BATCH)
        .map(({ values }) => ({ ...values, birthYear: values.birthYear ?? null, teamId }));
      const inserted = await tx.insert(securityTeamMembers).values(batch).returning({ id: securityTeamMembers.id });
      ids.push(...inserted.map((r) => r.id));
    }
    await bump(tx, reg, teamId, {});
    // one audit row for the file: its name, the count and the new members' ids (their data is in the table)
    await audit(tx, ctx, unit, 'securityTeam.membersImported', teamId, null, {
      file: file.name,
      count: ids.length,
      memberIds: ids,
    });
    return { rows: parsed.rows.length, created: ids.length, updated: 0, unchanged: 0 };
  });
}

/** A member rule's error (field path `body.x`) as row errors naming the column. */
function rowErrors(e: AppError, row: number, ctx: Ctx): RowError[] {
  const message = translate(e.key, ctx.lang, e.params);
  if (!e.fields?.length) return [{ row, column: null, message }];
  return e.fields.map((f) => {
    const col = memberColumns.find((c) => c.key === f.path.replace(/^body\./, ''));
    return { row, column: col ? col.header[ctx.lang] : null, message };
  });
}
