/**
 * Typed errors thrown by services and plugins. The error handler turns each
 * into RFC 9457 problem+json; `key` selects the message in i18n/messages.ts,
 * so no code builds user text.
 */
export type FieldError = { path: string; message: string };
export type RowError = { row: number; column: string | null; message: string };

export class AppError extends Error {
  readonly status: number;
  readonly key: string;
  readonly params: Record<string, string | number>;
  readonly fields?: FieldError[];
  readonly rows?: RowError[];
  readonly extra?: Record<string, unknown>;
  constructor(
    status: number,
    key: string,
    params: Record<string, string | number> = {},
    more: { fields?: FieldError[]; rows?: RowError[]; extra?: Record<string, unknown> } = {},
  ) {
    super(key);
    this.status = status;
    this.key = key;
    this.params = params;
    this.fields = more.fields;
    this.rows = more.rows;
    this.extra = more.extra;
  }
}

export const notFound = (key = 'notFound', params = {}) => new AppError(404, key, params);
export const forbidden = (key = 'forbidden', params = {}) => new AppError(403, key, params);
export const unauthorized = (key = 'unauthorized') => new AppError(401, key);
export const invalid = (key: string, params = {}, fields?: FieldError[]) => new AppError(422, key, params, { fields });
/** A stale version: the client gets the current state to show or merge. */
export const conflict = (key: string, current?: unknown) =>
  new AppError(409, key, {}, { extra: current === undefined ? {} : { current } });
