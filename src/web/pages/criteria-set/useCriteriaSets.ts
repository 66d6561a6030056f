import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateCriteriaSetBody,
  CriteriaOwnerOption,
  CriteriaSetDetail,
  CriteriaSetPage,
  ListCriteriaSetsQuery,
  UpdateCriteriaSetBody,
} from '../../../common/criteria/schemas.ts';
import { ApiError, api } from '../../api/client.ts';
import { authKeys } from '../auth/useAuth.ts';

const base = '/api/criteria-sets';

export type CriteriaListParams = Partial<ListCriteriaSetsQuery>;

export const criteriaKeys = {
  all: ['criteria-sets'] as const,
  list: (p: CriteriaListParams) => [...criteriaKeys.all, 'list', p] as const,
  detail: (id: number) => [...criteriaKeys.all, 'detail', id] as const,
  owners: () => [...criteriaKeys.all, 'owners'] as const,
};

export const templateUrl = `${base}/template.xlsx`;
export const exportUrl = (id: number) => `${base}/${id}/export.xlsx`;

export function useCriteriaSetList(params: CriteriaListParams) {
  return useQuery({
    queryKey: criteriaKeys.list(params),
    queryFn: () => api.get<CriteriaSetPage>(base, params),
    placeholderData: keepPreviousData,
  });
}

export function useCriteriaSet(id: number | null) {
  return useQuery({
    queryKey: criteriaKeys.detail(id ?? 0),
    queryFn: () => api.get<CriteriaSetDetail>(`${base}/${id}`),
    enabled: id !== null,
  });
}

export function useCriteriaOwners(enabled = true) {
  return useQuery({
    queryKey: criteriaKeys.owners(),
    queryFn: () => api.get<CriteriaOwnerOption[]>(`${base}/owners`),
    staleTime: 60_000,
    enabled,
  });
}

/**
 * PUT with the session's CSRF token and problem+json errors, as `api` does for
 * the other verbs (the shared client has no `put` yet).
 */
function usePut() {
  const queryClient = useQueryClient();
  return async <T>(path: string, body: unknown): Promise<T> => {
    const me = queryClient.getQueryData<{ csrfToken: string } | null>(authKeys.me());
    let res: Response;
    try {
      res = await fetch(path, {
        method: 'PUT',
        credentials: 'same-origin',
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/json',
          'Accept-Language': document.documentElement.lang || 'vi',
          ...(me ? { 'x-csrf-token': me.csrfToken } : {}),
        },
        body: JSON.stringify(body),
      });
    } catch {
      throw new ApiError({ type: 'about:blank', title: 'Network error', status: 0 });
    }
    const payload = await res.json().catch(() => undefined);
    if (!res.ok) throw new ApiError({ type: 'about:blank', title: res.statusText, ...payload, status: res.status });
    return payload as T;
  };
}

/** Every write answers the fresh set: it replaces the cached detail, and lists go stale. */
function useSetWrite<V>(fn: (v: V) => Promise<CriteriaSetDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (set) => {
      queryClient.setQueryData(criteriaKeys.detail(set.id), set);
      void queryClient.invalidateQueries({ queryKey: [...criteriaKeys.all, 'list'] });
    },
  });
}

export const useCreateCriteriaSet = () =>
  useSetWrite((body: CreateCriteriaSetBody) => api.post<CriteriaSetDetail>(base, body));

export function useUpdateCriteriaSet(id: number) {
  const put = usePut();
  return useSetWrite((body: UpdateCriteriaSetBody) => put<CriteriaSetDetail>(`${base}/${id}`, body));
}

export const useNewCriteriaVersion = (id: number) =>
  useSetWrite((ownerUnitId?: number) => api.post<CriteriaSetDetail>(`${base}/${id}/new-version`, { ownerUnitId }));

export const useSetState = (id: number, action: 'activate' | 'retire') =>
  useSetWrite((rowVersion: number) => api.post<CriteriaSetDetail>(`${base}/${id}/${action}`, { rowVersion }));

export const useImportCriteriaSet = () =>
  useSetWrite(({ file, ownerUnitId }: { file: File; ownerUnitId?: number }) => {
    const form = new FormData();
    form.append('file', file);
    return api.upload<CriteriaSetDetail>(
      ownerUnitId ? `${base}/import?ownerUnitId=${ownerUnitId}` : `${base}/import`,
      form,
    );
  });
