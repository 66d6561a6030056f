import { randomBytes } from 'node:crypto';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Challenge,
  FILE_LIMITS,
  LookupBody,
  LookupResult,
  PublicUnit,
  PublicUnitsQuery,
  SubmitReportResult,
} from '../../../common/public-report/schemas.ts';
import { spentChallenges } from '../../../db/schema/index.ts';
import type { Services } from '../../app.ts';
import { pickLang } from '../../i18n/messages.ts';
import { rateLimitConfig } from '../../rate-limit.ts';
import { readPublicForm } from './files.ts';
import { publicReportOptions } from './options.ts';
import { issueChallenge, powKey } from './pow.ts';
import { listPublicUnits } from './queries.ts';
import type { PublicCtx } from './service/ctx.ts';
import { addToReport, lookupReport } from './service/follow-up.ts';
import { submitReport } from './service/submit.ts';

const tags = ['public-report'];
const TEN_MINUTES = 10 * 60 * 1000;
// multipart bodies are streamed and bounded by the file limits; this bounds a JSON body
const MAX_BODY = FILE_LIMITS.maxTotalBytes + 1024 * 1024;

/** The citizens' channel: no account, every route public and rate-limited per IP. */
export const publicReportRoutes =
  (s: Services): FastifyPluginAsync =>
  async (plain) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    const opts = publicReportOptions();
    const key = powKey(s.identityKey);
    const ctx = (req: FastifyRequest): PublicCtx => ({
      db: s.db,
      clock: s.clock,
      identityKey: s.identityKey,
      powKey: key,
      lang: pickLang(req.headers['accept-language']),
    });
    const limit = (max: number, window: number | string) => ({
      policy: 'public' as const,
      rateLimit: rateLimitConfig(max, window),
    });

    app.get(
      '/units',
      {
        config: limit(opts.limits.units, '1 minute'),
        schema: {
          tags,
          summary: 'Tỉnh/thành phố, hoặc xã/phường của một tỉnh (biểu mẫu công khai)',
          querystring: PublicUnitsQuery,
          response: { 200: z.array(PublicUnit) },
        },
      },
      (req) => listPublicUnits(s.db, req.query.parentId),
    );

    app.get(
      '/challenge',
      {
        config: limit(opts.limits.challenge, '1 minute'),
        schema: { tags, summary: 'Thử thách chống gửi tự động (proof of work)', response: { 200: Challenge } },
      },
      async (_req, reply) => {
        reply.header('cache-control', 'no-store');
        return issueChallenge(key, s.clock.now(), opts.powDifficulty);
      },
    );

    app.post(
      '/reports',
      {
        config: limit(opts.limits.submit, TEN_MINUTES),
        bodyLimit: MAX_BODY,
        schema: {
          tags,
          summary: 'Gửi tố giác, tin báo tội phạm hoặc đơn thư (multipart: `data` JSON + tối đa 5 tệp)',
          consumes: ['multipart/form-data', 'application/json'],
          response: { 201: SubmitReportResult },
        },
      },
      async (req, reply) => {
        const form = await readPublicForm(req);
        const result = await submitReport(ctx(req), form);
        reply.header('cache-control', 'no-store');
        return reply.code(201).send(result);
      },
    );

    app.post(
      '/reports/lookup',
      {
        config: limit(opts.limits.lookup, TEN_MINUTES),
        schema: {
          tags,
          summary: 'Tra cứu bằng mã và mật mã tra cứu',
          body: LookupBody,
          response: { 200: LookupResult },
        },
      },
      async (req, reply) => {
        reply.header('cache-control', 'no-store');
        return lookupReport(ctx(req), req.body);
      },
    );

    app.post(
      '/reports/add',
      {
        config: limit(opts.limits.add, TEN_MINUTES),
        bodyLimit: MAX_BODY,
        schema: {
          tags,
          summary: 'Bổ sung thông tin hoặc tệp (multipart: code, secret, message, tệp)',
          consumes: ['multipart/form-data', 'application/json'],
          response: { 200: LookupResult },
        },
      },
      async (req, reply) => {
        const form = await readPublicForm(req, true);
        reply.header('cache-control', 'no-store');
        return addToReport(ctx(req), form);
      },
    );

    if (opts.benchRoutes) {
      // The bench's baseline: one row, no checks. Only with BENCH_ROUTES=1, never in production.
      app.post('/bench/insert', { config: { policy: 'public' }, schema: { tags, hide: true } }, async (_req, reply) => {
        await s.db
          .insert(spentChallenges)
          .values({ tokenHash: randomBytes(16).toString('hex'), expiresAt: s.clock.now() });
        return reply.code(201).send({ ok: true });
      });
    }
  };
