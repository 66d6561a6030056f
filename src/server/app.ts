import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Db } from '../db/client.ts';
import type { Config } from './config.ts';
import { type Clock, systemClock } from './context.ts';
import { auditRoutes } from './features/audit/routes.ts';
import { authRoutes } from './features/auth/routes.ts';
import { awardRoutes } from './features/award/routes.ts';
import { campaignRoutes } from './features/campaign/routes.ts';
import { citizenReportRoutes } from './features/citizen-report/routes.ts';
import { coordinationProgramRoutes } from './features/coordination-program/routes.ts';
import { criteriaSetRoutes } from './features/criteria-set/routes.ts';
import { evaluationRoutes } from './features/evaluation/routes.ts';
import { exemplarRoutes } from './features/exemplar/routes.ts';
import { healthRoutes } from './features/health/routes.ts';
import { initiativeRoutes } from './features/initiative/routes.ts';
import { mediationRoutes } from './features/mediation/routes.ts';
import { orgUnitRoutes } from './features/org-unit/routes.ts';
import { publicReportRoutes } from './features/public-report/routes.ts';
import { remediationRoutes } from './features/remediation/routes.ts';
import { safetyRoutes } from './features/safety/routes.ts';
import { securityTeamRoutes } from './features/security-team/routes.ts';
import { statisticsEntryRoutes } from './features/statistics/entry/routes.ts';
import { statisticsReportRoutes } from './features/statistics/report/routes.ts';
import { statisticsRoutes } from './features/statistics/routes.ts';
import { steeringCommitteeRoutes } from './features/steering-committee/routes.ts';
import { userRoutes } from './features/user/routes.ts';
import { registerAuth } from './plugins/auth.ts';
import { registerDocs } from './plugins/docs.ts';
import { type RouteRecord, registerPolicy } from './plugins/policy.ts';
import { registerProblemHandlers } from './plugins/problem.ts';

export type AppDeps = {
  db: Db;
  config: Config;
  clock?: Clock;
  /** pino options or false; tests pass false */
  logger?: boolean | object;
  /** folder of the built web app; absent in API tests */
  webDir?: string;
  /** AES-256 key of reporter identities (crypto/identity.ts); tests and benches pass a random one */
  identityKey: Buffer;
};

export type App = FastifyInstance & { routeRecords: RouteRecord[] };

/** Builds the whole server; used by main, the tests and the benchmarks. */
export async function buildApp(deps: AppDeps): Promise<App> {
  const clock = deps.clock ?? systemClock;
  const app = Fastify({
    logger: deps.logger ?? false,
    trustProxy: deps.config.trustProxy,
    bodyLimit: 1024 * 1024,
  }) as unknown as App;
  app.routeRecords = [];
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(app);

  await app.register(helmet, { contentSecurityPolicy: false });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1 } });
  await app.register(rateLimit, { global: false });
  // Order matters: the session must be loaded before the policy hook reads it.
  registerAuth(app, deps.db, () => clock.now());
  registerPolicy(app, app.routeRecords);
  await registerDocs(app);

  const services: Services = { db: deps.db, clock, config: deps.config, identityKey: deps.identityKey };
  await app.register(healthRoutes(services), { prefix: '/api' });
  await app.register(authRoutes(services), { prefix: '/api/auth' });
  await app.register(orgUnitRoutes(services), { prefix: '/api/units' });
  await app.register(auditRoutes(services), { prefix: '/api/audit' });
  await app.register(userRoutes(services), { prefix: '/api/users' });
  await app.register(criteriaSetRoutes(services), { prefix: '/api/criteria-sets' });
  await app.register(evaluationRoutes(services), { prefix: '/api/evaluations' });
  await app.register(safetyRoutes(services), { prefix: '/api/safety' });
  await app.register(remediationRoutes(services), { prefix: '/api/remediation-plans' });
  await app.register(publicReportRoutes(services), { prefix: '/api/public' });
  await app.register(citizenReportRoutes(services), { prefix: '/api/reports' });
  await app.register(mediationRoutes(services), { prefix: '/api/mediation' });
  await app.register(exemplarRoutes(services), { prefix: '/api/exemplars' });
  await app.register(initiativeRoutes(services), { prefix: '/api' });
  await app.register(securityTeamRoutes(services), { prefix: '/api' });
  await app.register(campaignRoutes(services), { prefix: '/api' });
  await app.register(coordinationProgramRoutes(services), { prefix: '/api' });
  await app.register(steeringCommitteeRoutes(services), { prefix: '/api' });
  await app.register(awardRoutes(services), { prefix: '/api' });
  await app.register(statisticsRoutes(services), { prefix: '/api/statistics' });
  await app.register(statisticsEntryRoutes(services), { prefix: '/api/statistics/entries' });
  await app.register(statisticsReportRoutes(services), { prefix: '/api/statistics/reports' });

  if (deps.webDir && existsSync(join(deps.webDir, 'index.html'))) await serveWeb(app, deps.webDir);
  return app;
}

export type Services = { db: Db; clock: Clock; config: Config; identityKey: Buffer };

/** The single-page app: static files, and index.html for client-side routes. */
async function serveWeb(app: FastifyInstance, webDir: string) {
  await app.register(async (scope) => {
    scope.addHook('onRoute', (r) => {
      r.config = { ...(r.config ?? {}), policy: 'public' };
    });
    await scope.register(fastifyStatic, { root: webDir, wildcard: false, maxAge: '1h' });
    scope.get('/*', { config: { policy: 'public' } }, (req, reply) => {
      if (req.url.startsWith('/api/')) return reply.callNotFound();
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  });
}
