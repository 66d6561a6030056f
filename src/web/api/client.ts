import type { ImportRowError, UnitDetail } from '../../common/org-unit/schemas.ts';
import { type Lang, translate } from '../i18n/messages.ts';

/** RFC 9457 problem as the server sends it. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { path: string; message: string }[];
  rows?: ImportRowError[];
  current?: UnitDetail;
};

/** Every failed request throws this; status 0 means the server was not reached. */
export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }
  get status() {
    return this.problem.status;
  }
}

export function isApiError(e: unknown, status?: number): e is ApiError {
  return e instanceof ApiError && (status === undefined || e.status === status);
}

let lang: Lang = 'vi';
let csrfToken: string | null = null;

export function setApiLanguage(next: Lang) {
  lang = next;
}

export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

function urlOf(path: string, query?: Query) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function toProblem(res: Response): Promise<Problem> {
  const fallback = { type: 'about:blank', title: translate(lang, 'error.unknown'), status: res.status };
  try {
    const body = (await res.json()) as Partial<Problem>;
    return { ...fallback, ...body, status: res.status };
  } catch {
    return fallback;
  }
}

async function request<T>(method: string, path: string, body?: unknown, query?: Query): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': lang };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let res: Response;
  try {
    res = await fetch(urlOf(path, query), { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError({ type: 'about:blank', title: translate(lang, 'error.network'), status: 0 });
  }
  if (!res.ok) throw new ApiError(await toProblem(res));
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Typed calls to the same-origin API; shapes come from the zod schemas in src/common. */
export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, undefined, query),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
  upload: <T>(path: string, form: FormData) => request<T>('POST', path, form),
};
