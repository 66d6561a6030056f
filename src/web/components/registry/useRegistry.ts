import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RegistryCounts, RegistryImportResult } from '../../../common/registry/schemas.ts';
import { api, isApiError, type Query } from '../../api/client.ts';

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

/** Query keys of one registry, by its API base ('/api/initiatives'): a write refreshes them all. */
export const registryKeys = {
  all: (base: string) => ['registry', base] as const,
  list: (base: string, q: Query) => [...registryKeys.all(base), 'list', q] as const,
  one: (base: string, id: number) => [...registryKeys.all(base), 'one', id] as const,
  counts: (base: string, q: Query) => [...registryKeys.all(base), 'counts', q] as const,
};

export function useRecords<T>(base: string, q: Query, enabled = true) {
  return useQuery({
    queryKey: registryKeys.list(base, q),
    queryFn: () => api.get<Page<T>>(base, q),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useRecord<T>(base: string, id: number | null | undefined) {
  return useQuery({
    queryKey: registryKeys.one(base, id ?? 0),
    queryFn: () => api.get<T>(`${base}/${id}`),
    enabled: !!id,
  });
}

export function useRegistryCounts(base: string, q: Query) {
  return useQuery({
    queryKey: registryKeys.counts(base, q),
    queryFn: () => api.get<RegistryCounts>(`${base}/counts`, q),
    placeholderData: keepPreviousData,
  });
}

/**
 * Any write of a registry: its lists, records and counts go stale (also on a
 * 409, so saving again sends the current version). `also` names other
 * registries a write touches (e.g. a proposal approved into a decision).
 */
export function useRegistryWrite<V, R>(base: string, submit: (v: V) => Promise<R>, also: string[] = []) {
  const queryClient = useQueryClient();
  const refresh = () => {
    for (const b of [base, ...also]) void queryClient.invalidateQueries({ queryKey: registryKeys.all(b) });
  };
  return useMutation({
    mutationFn: submit,
    onSuccess: refresh,
    onError: (e) => {
      if (isApiError(e, 409)) refresh();
    },
  });
}

/** Uploads a workbook to `<base>/import?unitId=` (or to `path`, for a record's sub-records). */
export function useRegistryImport(base: string, path?: string) {
  return useRegistryWrite(base, ({ file, unitId }: { file: File; unitId: number }) => {
    const form = new FormData();
    form.append('file', file);
    return api.upload<RegistryImportResult>(path ?? `${base}/import?unitId=${unitId}`, form);
  });
}

/** The address of a download with the list's current filters. */
export function fileUrl(path: string, q: Query = {}) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v !== undefined && v !== null && v !== '' && k !== 'page' && k !== 'pageSize') params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
