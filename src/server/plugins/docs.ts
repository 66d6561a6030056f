import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** OpenAPI generated from the zod schemas of the routes, served at /api/docs. */
export async function registerDocs(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Toàn Dân API',
        description: 'API của nền tảng phong trào toàn dân bảo vệ an ninh Tổ quốc',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'td_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(async (scope) => {
    // The documentation is public; its routes come from the plugin, so give them the policy here.
    scope.addHook('onRoute', (r) => {
      r.config = { ...(r.config ?? {}), policy: 'public' };
    });
    await scope.register(swaggerUi, { routePrefix: '/api/docs' });
  });
}
