import type { FastifyRequest } from 'fastify';
import type { Services } from '../app.ts';
import type { Ctx } from '../context.ts';
import { unauthorized } from '../errors.ts';
import { pickLang } from '../i18n/messages.ts';

/** The use-case context of an authenticated request. */
export function ctxOf(s: Services, req: FastifyRequest): Ctx {
  if (!req.actor) throw unauthorized();
  return { db: s.db, actor: req.actor, clock: s.clock, ip: req.ip, lang: pickLang(req.headers['accept-language']) };
}
