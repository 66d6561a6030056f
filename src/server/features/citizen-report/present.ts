import type {
  DuplicateCandidate,
  ReportDetail,
  ReportKind,
  ReportRow,
  ReportStatus,
} from '../../../common/citizen-report/schemas.ts';
import { openStatuses } from '../../../common/citizen-report/schemas.ts';
import { canExtend, dueState, timeLimits } from '../../../domain/citizen-report/time-limits.ts';
import type { Actor } from '../../context.ts';
import { can } from '../../policy.ts';
import type { eventsOf, filesOf, identityViewsOf, ListRow, messagesOf, ReportRowDb } from './queries.ts';

export const isOpen = (status: ReportStatus) => (openStatuses as readonly string[]).includes(status);

const summaryOf = (text: string) => (text.length > 140 ? `${text.slice(0, 137).trimEnd()}…` : text);
const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

/** A list row: what an officer needs to sort the inbox, never who reported. */
export function presentRow(row: ListRow, today: string): ReportRow {
  const r = row.r;
  return {
    id: r.id,
    receiptCode: r.receiptCode,
    type: r.type,
    kind: r.kind as ReportKind,
    category: r.category,
    summary: summaryOf(r.description),
    channel: r.channel,
    receivedAt: iso(r.receivedAt),
    dueOn: r.dueOn,
    dueState: dueState(r.dueOn, today, !isOpen(r.status)),
    status: r.status,
    priority: r.priority,
    assignee: row.assignee?.id ? { id: row.assignee.id, name: row.assignee.name } : null,
    unit: row.unit,
    duplicateOf: row.original?.id ? { id: row.original.id, receiptCode: row.original.receiptCode } : null,
    hasFiles: Boolean(row.hasFiles),
  };
}

/** The `can` flags, from the same policy functions the services use. */
export function reportCan(actor: Actor, r: ReportRowDb): ReportDetail['can'] {
  const open = isOpen(r.status);
  const triage = can(actor, 'report.triage', r.unitPath);
  return {
    triage: triage && open,
    reroute: triage && open,
    extend: triage && open && canExtend(r.kind as ReportKind, r.extensions),
    reply: triage,
    resolve: triage && open,
    readIdentity: !r.anonymous && can(actor, 'report.readIdentity', r.unitPath),
  };
}

type Related = {
  messages: Awaited<ReturnType<typeof messagesOf>>;
  files: Awaited<ReturnType<typeof filesOf>>;
  events: Awaited<ReturnType<typeof eventsOf>>;
  identityViews: Awaited<ReturnType<typeof identityViewsOf>>;
  duplicates: DuplicateCandidate[];
  duplicatesOfThis: { id: number; receiptCode: string }[];
  assignees: { id: number; name: string }[];
};

export function presentDetail(
  r: ReportRowDb,
  row: ListRow,
  related: Related,
  actor: Actor,
  today: string,
): ReportDetail {
  const limit = timeLimits[r.kind as ReportKind];
  return {
    ...presentRow(row, today),
    description: r.description,
    occurredOn: r.occurredOn,
    occurredTime: r.occurredTime,
    address: r.address,
    lat: r.lat,
    lng: r.lng,
    anonymous: r.anonymous,
    extensions: r.extensions,
    extensionsLeft: Math.max(0, limit.extensions.length - r.extensions),
    timeLimit: limit,
    outcome: r.outcome,
    valuable: r.valuable,
    resolvedAt: r.resolvedAt ? iso(r.resolvedAt) : null,
    version: r.version,
    messages: related.messages.map(({ m, officerName }) => ({
      id: m.id,
      author: m.author === 'officer' ? 'officer' : 'citizen',
      officerName: m.author === 'officer' ? officerName : null,
      body: m.body,
      public: m.public,
      createdAt: iso(m.createdAt),
    })),
    files: related.files.map((f) => ({ ...f, createdAt: iso(f.createdAt) })),
    events: related.events.map(({ e, fromUnit, toUnit }) => ({
      id: e.id,
      action: e.action,
      fromUnit,
      toUnit,
      reason: e.reason,
      details: e.details,
      actorName: e.actorName,
      at: iso(e.at),
    })),
    identityViews: related.identityViews.map((v) => ({ actorName: v.actorName, at: iso(v.at) })),
    duplicates: related.duplicates,
    duplicatesOfThis: related.duplicatesOfThis,
    assignees: related.assignees,
    can: reportCan(actor, r),
  };
}
