import { asc, eq } from 'drizzle-orm';
import type { ActivityView, ReviewView } from '../../../common/coordination-program/schemas.ts';
import type { Executor } from '../../../db/client.ts';
import { programActivities, programReviews } from '../../../db/schema/index.ts';
import { isOverdue } from '../../../domain/coordination-program/rules.ts';

/** A programme's activities (with the overdue flag by the app's today) and its reviews in date order. */
export async function programDetail(db: Executor, programId: number, today: string) {
  const [acts, revs] = await Promise.all([
    db
      .select()
      .from(programActivities)
      .where(eq(programActivities.programId, programId))
      .orderBy(asc(programActivities.dueOn), asc(programActivities.id)),
    db
      .select()
      .from(programReviews)
      .where(eq(programReviews.programId, programId))
      .orderBy(asc(programReviews.heldOn), asc(programReviews.id)),
  ]);
  const activities: ActivityView[] = acts.map((a) => ({
    id: a.id,
    title: a.title,
    responsibleParty: a.responsibleParty,
    dueOn: a.dueOn,
    status: a.status as ActivityView['status'],
    doneOn: a.doneOn,
    note: a.note,
    overdue: isOverdue(a, today),
  }));
  const reviews: ReviewView[] = revs.map((r) => ({
    id: r.id,
    kind: r.kind as ReviewView['kind'],
    heldOn: r.heldOn,
    summary: r.summary,
  }));
  return { activities, overdueActivities: activities.filter((a) => a.overdue).length, reviews };
}
