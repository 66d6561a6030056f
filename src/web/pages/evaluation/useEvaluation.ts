import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AdjustBody,
  ApproveBody,
  CycleView,
  DashboardView,
  DecideBody,
  EvaluationStatus,
  ExtendBody,
  OpenCycleBody,
  ReviewPage,
  SaveSelfBody,
  SendBackBody,
  SheetView,
  UpdateCycleBody,
} from '../../../common/evaluation/schemas.ts';
import { api, isApiError, type Query } from '../../api/client.ts';

export type ReviewParams = {
  year: number;
  unitId: number;
  scope: 'children' | 'subtree';
  status?: EvaluationStatus;
  late?: 'true';
  q?: string;
  page: number;
  pageSize: number;
};

const base = '/api/evaluations';
export const sheetPath = (unitId: number, year: number) => `${base}/units/${unitId}/${year}`;
export const evidencePath = (id: number) => `${base}/evidence/${id}`;
export const summaryXlsxUrl = (q: { year: number; unitId: number; scope: string }) =>
  `${base}/summary.xlsx?${new URLSearchParams({ year: String(q.year), unitId: String(q.unitId), scope: q.scope })}`;

export const evaluationKeys = {
  all: ['evaluations'] as const,
  cycles: (year?: number) => [...evaluationKeys.all, 'cycles', year ?? null] as const,
  sheet: (unitId: number, year: number) => [...evaluationKeys.all, 'sheet', unitId, year] as const,
  review: (params: ReviewParams) => [...evaluationKeys.all, 'review', params] as const,
  dashboard: (unitId: number, year: number) => [...evaluationKeys.all, 'dashboard', unitId, year] as const,
};

export function useCycles(year?: number) {
  return useQuery({
    queryKey: evaluationKeys.cycles(year),
    queryFn: () => api.get<CycleView[]>(`${base}/cycles`, { year }),
  });
}

export function useSheet(unitId: number, year: number) {
  return useQuery({
    queryKey: evaluationKeys.sheet(unitId, year),
    queryFn: () => api.get<SheetView>(sheetPath(unitId, year)),
    enabled: unitId > 0 && year > 0,
  });
}

export function useReviewPage(params: ReviewParams, enabled: boolean) {
  return useQuery({
    queryKey: evaluationKeys.review(params),
    queryFn: () => api.get<ReviewPage>(`${base}/review`, params as Query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useDashboard(unitId: number | null, year: number) {
  return useQuery({
    queryKey: evaluationKeys.dashboard(unitId ?? 0, year),
    queryFn: () => api.get<DashboardView>(`${base}/dashboard`, { unitId, year }),
    placeholderData: keepPreviousData,
    enabled: !!unitId,
  });
}

export type SheetAction =
  | { kind: 'save'; body: SaveSelfBody }
  | { kind: 'submit'; body: SaveSelfBody }
  | { kind: 'adjust'; body: AdjustBody }
  | { kind: 'sendBack'; body: SendBackBody }
  | { kind: 'approve'; body: ApproveBody }
  | { kind: 'decide'; body: DecideBody }
  | { kind: 'extend'; body: ExtendBody }
  | { kind: 'upload'; code: string; file: File; version: number }
  | { kind: 'deleteEvidence'; id: number };

/**
 * Every write on a sheet answers the fresh sheet, which replaces the cached
 * one; lists and dashboards go stale. On 409 the server sends the current
 * sheet, which replaces the cache too, so the form reloads from it.
 */
export function useSheetAction(unitId: number, year: number) {
  const queryClient = useQueryClient();
  const path = sheetPath(unitId, year);
  const send = (a: SheetAction): Promise<SheetView> => {
    switch (a.kind) {
      case 'save':
        return api.put(`${path}/self`, a.body);
      case 'submit':
        return api.post(`${path}/submit`, a.body);
      case 'adjust':
        return api.put(`${path}/review`, a.body);
      case 'sendBack':
        return api.post(`${path}/send-back`, a.body);
      case 'approve':
        return api.post(`${path}/approve`, a.body);
      case 'decide':
        return api.post(`${path}/decide`, a.body);
      case 'extend':
        return api.post(`${path}/extension`, a.body);
      case 'upload': {
        const form = new FormData();
        form.append('file', a.file);
        return api.upload(
          `${path}/evidence?${new URLSearchParams({ code: a.code, version: String(a.version) })}`,
          form,
        );
      }
      case 'deleteEvidence':
        return api.delete(evidencePath(a.id));
    }
  };
  return useMutation({
    mutationFn: send,
    onSuccess: (sheet) => {
      queryClient.setQueryData(evaluationKeys.sheet(unitId, year), sheet);
      void queryClient.invalidateQueries({ queryKey: [...evaluationKeys.all, 'review'] });
      void queryClient.invalidateQueries({ queryKey: [...evaluationKeys.all, 'dashboard'] });
    },
    onError: (e) => {
      const current = isApiError(e, 409) ? (e.problem as { current?: SheetView }).current : undefined;
      if (current?.set) queryClient.setQueryData(evaluationKeys.sheet(unitId, year), current);
    },
  });
}

export function useOpenCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OpenCycleBody) => api.post<CycleView>(`${base}/cycles`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evaluationKeys.all }),
  });
}

export function useUpdateCycle(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateCycleBody) => api.patch<CycleView>(`${base}/cycles/${id}`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: evaluationKeys.all }),
  });
}
