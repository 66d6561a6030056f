import { z } from 'zod';
import type { RegistryImportResult } from '../../../common/registry/schemas.ts';
import { CommitteeMemberBody } from '../../../common/steering-committee/schemas.ts';
import type { SheetColumn } from '../../../domain/registry/cells.ts';
import type { Ctx } from '../../context.ts';
import { AppError, type RowError } from '../../errors.ts';
import { translate } from '../../i18n/messages.ts';
import { badRows, readImportRows } from '../../registry/import-rows.ts';
import { getRecord, todayOf } from '../../registry/read.ts';
import { renderRegistryTemplate, renderRegistryXlsx } from '../../registry/xlsx.ts';
import { lockCommittee, touch } from './lock.ts';
import { checkMember, insertMember, updateMember } from './members.ts';
import { type MemberRow, membersOf, memberView } from './queries.ts';
import { steeringCommitteeRegistry as reg } from './registry.ts';

const label = (vi: string, en: string) => ({ vi, en });

export const positionOptions = [
  { value: 'head', label: label('Trưởng ban', 'Head') },
  { value: 'standingDeputy', label: label('Phó Trưởng ban thường trực', 'Standing deputy head') },
  { value: 'deputy', label: label('Phó Trưởng ban', 'Deputy head') },
  { value: 'member', label: label('Thành viên', 'Member') },
  { value: 'secretary', label: label('Thư ký', 'Secretary') },
] as const;

/** The member file's columns: the import layout, then the read-only leave columns of the export. */
export const memberColumns: SheetColumn[] = [
  { key: 'id', header: label('ID', 'ID'), type: 'int', width: 8 },
  {
    key: 'fullName',
    header: label('Họ và tên', 'Full name'),
    type: 'text',
    required: true,
    width: 26,
    example: 'Nguyễn Văn An',
  },
  {
    key: 'position',
    header: label('Chức danh trong Ban', 'Position'),
    type: 'enum',
    options: positionOptions,
    required: true,
    width: 22,
  },
  { key: 'title', header: label('Chức vụ', 'Title'), type: 'text', width: 28, example: 'Phó Chủ tịch UBND phường' },
  {
    key: 'organization',
    header: label('Cơ quan, tổ chức', 'Organisation'),
    type: 'text',
    width: 24,
    example: 'Công an phường',
  },
  { key: 'phone', header: label('Điện thoại', 'Phone'), type: 'text', width: 14 },
  {
    key: 'joinedOn',
    header: label('Ngày tham gia', 'Joined on'),
    type: 'date',
    required: true,
    width: 14,
    example: '01/07/2025',
  },
  { key: 'leftOn', header: label('Ngày thôi', 'Left on'), type: 'date', width: 12, readOnly: true },
  { key: 'leftReason', header: label('Lý do thôi', 'Reason left'), type: 'text', width: 22, readOnly: true },
];

const title = label('Thành viên Ban Chỉ đạo', 'Steering committee members');

/** The committee's members (those who left too) in the import layout. */
export async function exportMembers(ctx: Ctx, committeeId: number) {
  await getRecord(ctx, reg, committeeId); // 404 / 403 as for the committee itself
  const rows = (await membersOf(ctx.db, committeeId)).map(memberView);
  return renderRegistryXlsx({ title, columns: memberColumns, rows, lang: ctx.lang, today: todayOf(ctx) });
}

export const memberTemplate = (ctx: Ctx) => renderRegistryTemplate({ title, columns: memberColumns, lang: ctx.lang });

/**
 * Imports members into one committee: a row with an ID updates that member,
 * one without adds a member. Rows are checked in order against the members
 * before them (one head), all in one transaction: one bad row, nothing written.
 */
export async function importMembers(ctx: Ctx, committeeId: number, file: { data: Buffer; name: string }) {
  const schema = CommitteeMemberBody.extend({ id: z.number().int().positive().optional() });
  const parsed = await readImportRows({
    data: file.data,
    fileName: file.name,
    columns: memberColumns,
    schema,
    lang: ctx.lang,
  });
  if (parsed.errors.length === 0 && parsed.rows.length === 0) throw new AppError(422, 'import.empty');
  return ctx.db.transaction(async (tx) => {
    const { committee, unit } = await lockCommittee(tx, ctx, committeeId);
    const members: MemberRow[] = await membersOf(tx, committeeId);
    const errors: RowError[] = [...parsed.errors];
    const result: RegistryImportResult = { rows: parsed.rows.length, created: 0, updated: 0, unchanged: 0 };
    const today = todayOf(ctx);
    for (const { row, values } of parsed.rows) {
      const { id, ...body } = values;
      try {
        const existing = id === undefined ? undefined : members.find((m) => m.id === id);
        if (id !== undefined && !existing) throw new AppError(422, 'registry.idUnknown', { id });
        if (existing && same(existing, body)) {
          result.unchanged++;
          continue;
        }
        if (existing?.leftOn)
          throw new AppError(422, 'steeringCommittee.memberHasLeft', {
            name: existing.fullName,
            date: existing.leftOn.split('-').reverse().join('/'),
          });
        checkMember(committee, members, body, today, id);
        if (existing) {
          const after = await updateMember(tx, ctx, unit, existing, body);
          members[members.indexOf(existing)] = after;
          result.updated++;
        } else {
          members.push(await insertMember(tx, ctx, committee, unit, body));
          result.created++;
        }
      } catch (e) {
        if (!(e instanceof AppError) || e.status >= 500) throw e;
        errors.push(...rowErrors(e, row, ctx.lang));
      }
    }
    // throwing rolls the transaction back: rows written so far must not stay
    if (errors.length > 0) throw badRows(errors);
    await touch(tx, committeeId);
    return result;
  });
}

function same(m: MemberRow, b: z.infer<typeof CommitteeMemberBody>) {
  const norm = (v: unknown) => (v === undefined || v === '' ? null : v);
  return (['fullName', 'position', 'title', 'organization', 'phone', 'joinedOn'] as const).every(
    (k) => norm(m[k]) === norm(b[k]),
  );
}

function rowErrors(e: AppError, row: number, lang: Ctx['lang']): RowError[] {
  const message = translate(e.key, lang, e.params);
  if (!e.fields?.length) return [{ row, column: null, message }];
  return e.fields.map((f) => {
    const col = memberColumns.find((c) => c.key === f.path.replace(/^body\./, ''));
    return { row, column: col ? col.header[lang] : null, message };
  });
}

/** The Vietnamese wording of a position, as snapshots (remediation plans) store it. */
export const positionLabel = (p: string) => positionOptions.find((o) => o.value === p)?.label.vi ?? p;
