import type { Db } from '../../../../db/client.ts';
import type { Clock } from '../../../context.ts';
import type { Lang } from '../../../i18n/messages.ts';

/** What a public (no account) use case receives. */
export type PublicCtx = { db: Db; clock: Clock; identityKey: Buffer; powKey: Buffer; lang: Lang };
