import type { Executor } from '../db/client.ts';
import { syncAwardForms } from './features/award/forms.ts';
import { syncReferenceCriteriaSets } from './features/criteria-set/reference.ts';
import { syncInitiativeTypes } from './features/initiative/types.ts';
import { syncIndicators } from './features/statistics/catalogue.ts';

/**
 * The reference lists every database starts with: the Ministry's criteria
 * sets, the initiative types, the commendation forms and the statistics
 * indicators. Idempotent: only
 * what is missing is added, and nothing an administrator edited is overwritten.
 * Run at start-up, by `migrate`, by the demo seed and by the test setup.
 */
export async function syncReferenceData(db: Executor) {
  await syncReferenceCriteriaSets(db);
  await syncInitiativeTypes(db);
  await syncAwardForms(db);
  await syncIndicators(db);
}
