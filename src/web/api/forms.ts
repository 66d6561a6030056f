import type { FormInstance } from 'antd';
import { ApiError, type Problem } from './client.ts';

type NamePath = (string | number)[];

/** 'body.parts.0.name' → ['parts', 0, 'name'] */
export function fieldPathOf(path: string): NamePath {
  const parts = path.split('.');
  if (parts[0] === 'body' || parts[0] === 'querystring' || parts[0] === 'params') parts.shift();
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * Puts a problem's field errors on the form fields they name. Returns what is
 * left to show elsewhere (an Alert): the whole problem when no field matched,
 * the problem with the unmatched errors otherwise, or null when all matched.
 */
export function applyProblemToForm(form: FormInstance, error: unknown): Problem | null {
  if (!(error instanceof ApiError)) {
    return { type: 'about:blank', title: String(error instanceof Error ? error.message : error), status: 0 };
  }
  const problem = error.problem;
  if (!problem.errors?.length) return problem;
  const known = new Set(Object.keys(form.getFieldsValue()));
  const matched: { name: NamePath; errors: string[] }[] = [];
  const rest: NonNullable<Problem['errors']> = [];
  for (const e of problem.errors) {
    const name = fieldPathOf(e.path);
    if (name.length && known.has(String(name[0]))) matched.push({ name, errors: [e.message] });
    else rest.push(e);
  }
  if (matched.length) form.setFields(matched);
  if (!rest.length) return null;
  return { ...problem, errors: rest };
}
