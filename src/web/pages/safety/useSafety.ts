import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DecideSafetyBody, RevokeSafetyBody, SafetyView } from '../../../common/safety/schemas.ts';
import { api, isApiError } from '../../api/client.ts';

export const safetyKeys = {
  all: ['safety'] as const,
  unit: (unitId: number, year: number) => [...safetyKeys.all, unitId, year] as const,
};

const path = (unitId: number, year: number) => `/api/safety/units/${unitId}/${year}`;

export function useSafety(unitId: number, year: number) {
  return useQuery({
    queryKey: safetyKeys.unit(unitId, year),
    queryFn: () => api.get<SafetyView>(path(unitId, year)),
    enabled: unitId > 0 && year > 0,
    // "no year opened" and "no checklist" are answers, not hiccups
    retry: (n, e) => !isApiError(e) && n < 2,
  });
}

export type SafetyWrite = { kind: 'decide'; body: DecideSafetyBody } | { kind: 'revoke'; body: RevokeSafetyBody };

/**
 * Decides or revokes. The title feeds the sheet's gate, the parent commune's
 * share and the dashboards, so those queries go stale; on 409 the server's
 * current state replaces the cached one.
 */
export function useSafetyWrite(unitId: number, year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (w: SafetyWrite) =>
      api.post<SafetyView>(w.kind === 'decide' ? path(unitId, year) : `${path(unitId, year)}/revoke`, w.body),
    onSuccess: (view) => {
      queryClient.setQueryData(safetyKeys.unit(unitId, year), view);
      void queryClient.invalidateQueries({ queryKey: safetyKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['evaluations'] });
    },
    onError: (e) => {
      const current = isApiError(e, 409) ? (e.problem as { current?: SafetyView }).current : undefined;
      if (current?.checklist) queryClient.setQueryData(safetyKeys.unit(unitId, year), current);
    },
  });
}
