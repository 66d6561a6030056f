import type { FastifyInstance, RouteOptions } from 'fastify';
import type { Permission, RoutePolicy } from '../../common/permissions.ts';
import { AppError, forbidden, unauthorized } from '../errors.ts';
import { holdsAnywhere } from '../policy.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route; every route must declare one. */
    policy?: RoutePolicy;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Every registered route with its declared policy, for the route-walk test. */
export type RouteRecord = { method: string; url: string; policy: RoutePolicy | undefined };

/**
 * The route guard: reads `config.policy`, refuses routes that declare none,
 * requires a session for non-public routes and a CSRF header on their writes.
 * Row-level checks (which unit) happen in the services with `authorize`.
 */
export function registerPolicy(app: FastifyInstance, routes: RouteRecord[]) {
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const m of methods) {
      // Read lazily: plugin scopes (docs, static files) set their policy in a later onRoute hook.
      routes.push({
        method: m,
        url: route.url,
        get policy() {
          return route.config?.policy as RoutePolicy | undefined;
        },
      });
    }
  });
  app.addHook('onRequest', async (req) => {
    const policy = req.routeOptions.config?.policy;
    if (req.is404) return;
    if (!policy) {
      // Deny by default: a route without a policy is a bug, never an open door.
      if (req.url.startsWith('/api/')) throw forbidden();
      return;
    }
    if (policy === 'public') return;
    const actor = req.actor;
    if (!actor) throw unauthorized();
    if (!SAFE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== actor.csrfToken) {
      throw new AppError(403, 'csrf');
    }
    if (policy !== 'authenticated' && !holdsAnywhere(actor, policy as Permission)) throw forbidden();
  });
}
