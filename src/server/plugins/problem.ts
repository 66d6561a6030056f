import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type FieldError } from '../errors.ts';
import { type Lang, pickLang, translate } from '../i18n/messages.ts';
import { describeIssue } from '../i18n/zod-issues.ts';

const TYPE_BASE = 'https://toandan.vn/problems/';

type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  [k: string]: unknown;
};

export function sendProblem(reply: FastifyReply, problem: Problem) {
  return reply.code(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}

/**
 * One place that turns every failure into RFC 9457 problem+json, with the
 * user's language. Bad input is always 4xx; only a real bug gives 500, logged
 * with an id the user can quote.
 */
export function registerProblemHandlers(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const lang = pickLang(req.headers['accept-language']);
    return sendProblem(reply, toProblem(err, req, lang));
  });
  app.setNotFoundHandler((req, reply) => {
    const lang = pickLang(req.headers['accept-language']);
    const params = { method: req.method, url: req.url.split('?')[0] };
    return sendProblem(reply, {
      type: `${TYPE_BASE}routeNotFound`,
      title: translate('routeNotFound', lang, params),
      status: 404,
      instance: req.url,
    });
  });
}

function toProblem(err: FastifyError, req: FastifyRequest, lang: Lang): Problem {
  if (err instanceof AppError) return appProblem(err, lang, req);
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = err.validationContext ?? 'body';
    const errors = err.validation.map((v) => ({
      path: [where, ...v.instancePath.split('/').filter(Boolean)].join('.'),
      message: describeIssue({ code: v.keyword, message: v.message ?? '', ...v.params } as never, lang),
    }));
    return { ...base('validation', 422, lang, req), errors };
  }
  const status = err.statusCode ?? 500;
  const simple = fastifyCodeToKey(err.code, status);
  if (simple) {
    const params = {
      limit: humanBytes(req.routeOptions?.bodyLimit),
      type: String(req.headers['content-type'] ?? ''),
      seconds: 60,
    };
    return { ...base(simple, status, lang, req, params) };
  }
  if (status >= 400 && status < 500) {
    return { ...base('validation', status, lang, req), detail: err.message };
  }
  const id = randomUUID();
  req.log.error({ err, errorId: id }, 'unhandled error');
  return base('internal', 500, lang, req, { id });
}

function appProblem(err: AppError, lang: Lang, req: FastifyRequest): Problem {
  const p: Problem = base(err.key, err.status, lang, req, err.params);
  if (err.fields) p.errors = err.fields.map((f) => ({ ...f, message: maybeKey(f.message, lang, err.params) }));
  if (err.rows) p.rows = err.rows;
  if (err.extra) Object.assign(p, err.extra);
  return p;
}

function maybeKey(message: string, lang: Lang, params: Record<string, unknown>) {
  return message.startsWith('msg:') ? translate(message.slice(4), lang, params) : message;
}

function base(
  key: string,
  status: number,
  lang: Lang,
  req: FastifyRequest,
  params: Record<string, unknown> = {},
): Problem {
  return { type: TYPE_BASE + key, title: translate(key, lang, params), status, instance: req.url.split('?')[0] };
}

function fastifyCodeToKey(code: string | undefined, status: number): string | null {
  if (status === 429) return 'tooManyRequests';
  switch (code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'malformedJson';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
      return 'bodyTooLarge';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'unsupportedMediaType';
    default:
      return status === 400 && code?.startsWith('FST_ERR_CTP') ? 'malformedJson' : null;
  }
}

function humanBytes(n: number | undefined): string {
  if (!n) return '';
  return n >= 1024 * 1024 ? `${Math.round(n / 1024 / 1024)} MB` : `${Math.round(n / 1024)} KB`;
}
