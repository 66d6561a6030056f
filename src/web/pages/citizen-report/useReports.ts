import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CommuneOption,
  IdentityView,
  RecordReportBody,
  RecordResult,
  ReportDetail,
  ReportPage,
  ReportStats,
} from '../../../common/citizen-report/schemas.ts';
import { api, isApiError } from '../../api/client.ts';

const base = '/api/reports';

export type InboxFilters = {
  unitId?: number;
  status?: string;
  type?: string;
  kind?: string;
  category?: string;
  priority?: string;
  due?: 'dueSoon' | 'overdue';
  assigned?: 'me' | 'none';
  duplicates?: 'hide' | 'only';
  q?: string;
};
export type InboxParams = InboxFilters & { page: number; pageSize: number };
export type StatsParams = { unitId?: number; from?: string; to?: string };

export const reportKeys = {
  all: ['reports'] as const,
  list: (p: InboxParams) => [...reportKeys.all, 'list', p] as const,
  detail: (id: number) => [...reportKeys.all, 'detail', id] as const,
  stats: (p: StatsParams) => [...reportKeys.all, 'stats', p] as const,
  communes: (q: string) => [...reportKeys.all, 'communes', q] as const,
};

export function useInbox(params: InboxParams) {
  return useQuery({
    queryKey: reportKeys.list(params),
    queryFn: () => api.get<ReportPage>(base, params),
    placeholderData: keepPreviousData,
  });
}

export function useReport(id: number) {
  return useQuery({
    queryKey: reportKeys.detail(id),
    queryFn: () => api.get<ReportDetail>(`${base}/${id}`),
    enabled: id > 0,
  });
}

export function useReportStats(params: StatsParams) {
  return useQuery({
    queryKey: reportKeys.stats(params),
    queryFn: () => api.get<ReportStats>(`${base}/stats`, params),
    placeholderData: keepPreviousData,
  });
}

export function useCommunes(q: string, enabled: boolean) {
  return useQuery({
    queryKey: reportKeys.communes(q),
    queryFn: () => api.get<CommuneOption[]>(`${base}/communes`, { q }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export type ReportWrite =
  | { kind: 'triage'; body: object }
  | { kind: 'duplicate'; body: object }
  | { kind: 'extend'; body: object }
  | { kind: 'reply'; body: object }
  | { kind: 'resolve'; body: object };

/**
 * Every write on an item answers the fresh detail, which replaces the cached
 * one; the inbox and statistics go stale. On 409 the detail is refetched so
 * the officer sees what changed.
 */
export function useReportWrite(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (w: ReportWrite) =>
      w.kind === 'triage'
        ? api.patch<ReportDetail>(`${base}/${id}/triage`, w.body)
        : api.post<ReportDetail>(`${base}/${id}/${w.kind}`, w.body),
    onSuccess: (detail) => {
      queryClient.setQueryData(reportKeys.detail(id), detail);
      void queryClient.invalidateQueries({ queryKey: [...reportKeys.all, 'list'] });
      void queryClient.invalidateQueries({ queryKey: [...reportKeys.all, 'stats'] });
    },
    onError: (e) => {
      if (isApiError(e, 409)) void queryClient.invalidateQueries({ queryKey: reportKeys.detail(id) });
    },
  });
}

export function useReroute(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; unitId: number; reason: string }) =>
      api.post<{ id: number; unit: { name: string }; stillVisible: boolean }>(`${base}/${id}/reroute`, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: reportKeys.all }),
  });
}

export function useIdentity(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<IdentityView>(`${base}/${id}/identity`),
    // the view itself is now listed on the item
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: reportKeys.detail(id) }),
  });
}

export function useRecordReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordReportBody) => api.post<RecordResult>(`${base}/record`, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...reportKeys.all, 'list'] }),
  });
}
