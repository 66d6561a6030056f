import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateCriteriaSetBody,
  CriteriaOwnerOption,
  CriteriaSetDetail,
  CriteriaSetPage,
  ListCriteriaSetsQuery,
  UpdateCriteriaSetBody,
} from '../../../common/criteria/schemas.ts';
import { api } from '../../api/client.ts';

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

export const useUpdateCriteriaSet = (id: number) =>
  useSetWrite((body: UpdateCriteriaSetBody) => api.put<CriteriaSetDetail>(`${base}/${id}`, body));

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
