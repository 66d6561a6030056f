import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseDetail, CasePage, MediationStats, TeamDetail, TeamPage } from '../../../common/mediation/schemas.ts';
import { api, isApiError, type Query } from '../../api/client.ts';

export const base = '/api/mediation';

export const mediationKeys = {
  all: ['mediation'] as const,
  teams: (q: Query) => [...mediationKeys.all, 'teams', q] as const,
  team: (id: number) => [...mediationKeys.all, 'team', id] as const,
  cases: (q: Query) => [...mediationKeys.all, 'cases', q] as const,
  case: (id: number) => [...mediationKeys.all, 'case', id] as const,
  stats: (q: Query) => [...mediationKeys.all, 'stats', q] as const,
};

export function useTeams(q: Query, enabled = true) {
  return useQuery({
    queryKey: mediationKeys.teams(q),
    queryFn: () => api.get<TeamPage>(`${base}/teams`, q),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useTeam(id: number | null) {
  return useQuery({
    queryKey: mediationKeys.team(id ?? 0),
    queryFn: () => api.get<TeamDetail>(`${base}/teams/${id}`),
    enabled: !!id,
  });
}

export function useCases(q: Query) {
  return useQuery({
    queryKey: mediationKeys.cases(q),
    queryFn: () => api.get<CasePage>(`${base}/cases`, q),
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: number | null) {
  return useQuery({
    queryKey: mediationKeys.case(id ?? 0),
    queryFn: () => api.get<CaseDetail>(`${base}/cases/${id}`),
    enabled: !!id,
  });
}

export function useStats(q: Query) {
  return useQuery({
    queryKey: mediationKeys.stats(q),
    queryFn: () => api.get<MediationStats>(`${base}/stats`, q),
    placeholderData: keepPreviousData,
  });
}

/** Any mediation write: everything mediation goes stale (lists, detail, figures), also on 409. */
export function useMediationWrite<V, R>(submit: (v: V) => Promise<R>) {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: mediationKeys.all });
  return useMutation({
    mutationFn: submit,
    onSuccess: refresh,
    onError: (e) => {
      if (isApiError(e, 409)) refresh();
    },
  });
}
