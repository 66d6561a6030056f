import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ImportResult,
  LineageEntry,
  UnitDetail,
  UnitLevel,
  UnitPage,
  UnitSummary,
} from '../../../common/org-unit/schemas.ts';
import { api, isApiError } from '../../api/client.ts';

export type UnitListParams = {
  q?: string;
  parentId?: number;
  group?: 'administrative' | 'institution' | 'all';
  level?: UnitLevel;
  status?: 'active' | 'closed' | 'all';
  page?: number;
  pageSize?: number;
};

export const unitKeys = {
  all: ['units'] as const,
  roots: () => [...unitKeys.all, 'roots'] as const,
  list: (params: UnitListParams) => [...unitKeys.all, 'list', params] as const,
  children: (parentId: number, group: UnitListParams['group']) =>
    [...unitKeys.all, 'children', parentId, group] as const,
  detail: (id: number) => [...unitKeys.all, 'detail', id] as const,
  lineage: (id: number) => [...unitKeys.all, 'lineage', id] as const,
};

export const fetchUnitPage = (params: UnitListParams) => api.get<UnitPage>('/api/units', params);

const MAX_PAGE = 200;

/** All active children of a unit, for the lazy trees (a province has about a hundred communes). */
export async function fetchAllChildren(parentId: number, group: UnitListParams['group'] = 'all') {
  const items: UnitSummary[] = [];
  for (let page = 1; page <= 50; page++) {
    const res = await fetchUnitPage({ parentId, group, page, pageSize: MAX_PAGE });
    items.push(...res.items);
    if (items.length >= res.total || res.items.length === 0) break;
  }
  return items;
}

export function useRoots() {
  return useQuery({
    queryKey: unitKeys.roots(),
    queryFn: () => api.get<UnitSummary[]>('/api/units/roots'),
    staleTime: 60_000,
  });
}

export function useUnitList(params: UnitListParams, enabled = true) {
  return useQuery({
    queryKey: unitKeys.list(params),
    queryFn: () => fetchUnitPage(params),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useUnit(id: number | null | undefined) {
  return useQuery({
    queryKey: unitKeys.detail(id ?? 0),
    queryFn: () => api.get<UnitDetail>(`/api/units/${id}`),
    enabled: !!id,
  });
}

export function useLineage(id: number) {
  return useQuery({
    queryKey: unitKeys.lineage(id),
    queryFn: () => api.get<LineageEntry[]>(`/api/units/${id}/lineage`),
  });
}

/**
 * A write on units: afterwards every unit query is stale. On 409 the server
 * sends the current unit, which replaces the cached one so the next try
 * carries the new version.
 */
export function useUnitWrite<V>(write: (vars: V) => Promise<UnitDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (unit) => {
      queryClient.setQueryData(unitKeys.detail(unit.id), unit);
      void queryClient.invalidateQueries({ queryKey: unitKeys.all });
    },
    onError: (e) => {
      const current = isApiError(e, 409) ? e.problem.current : undefined;
      if (current) queryClient.setQueryData(unitKeys.detail(current.id), current);
    },
  });
}

export function useImportUnits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return api.upload<ImportResult>('/api/units/import', form);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitKeys.all }),
  });
}
