import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreatePlanBody,
  PlanDetail,
  PlanListPage,
  UnitPlanView,
  UpdatePlanBody,
} from '../../../common/remediation/schemas.ts';
import { api, isApiError } from '../../api/client.ts';

const base = '/api/remediation-plans';

export type PlanListParams = {
  unitId?: number;
  year?: number;
  status?: 'open' | 'completed';
  overdue?: 'true' | 'false';
  missing?: 'true';
  page: number;
  pageSize: number;
};

export const remediationKeys = {
  all: ['remediation'] as const,
  unit: (unitId: number, year: number) => [...remediationKeys.all, 'unit', unitId, year] as const,
  list: (params: PlanListParams) => [...remediationKeys.all, 'list', params] as const,
};

export function useUnitPlan(unitId: number, year: number) {
  return useQuery({
    queryKey: remediationKeys.unit(unitId, year),
    queryFn: () => api.get<UnitPlanView>(`${base}/units/${unitId}/${year}`),
    enabled: unitId > 0 && year > 0,
  });
}

export function usePlanList(params: PlanListParams) {
  return useQuery({
    queryKey: remediationKeys.list(params),
    queryFn: () => api.get<PlanListPage>(base, params),
    placeholderData: keepPreviousData,
  });
}

export type PlanWrite =
  | { kind: 'create'; body: CreatePlanBody }
  | { kind: 'update'; id: number; body: UpdatePlanBody }
  | { kind: 'complete'; id: number; version: number };

/**
 * Creates, edits or completes a plan. The sheet shows whether its plan is
 * filed and overdue, and the year cannot close without it, so the evaluation
 * queries go stale too. On 409 the unit view is refetched with the current plan.
 */
export function usePlanWrite(unitId: number, year: number) {
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: remediationKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['evaluations'] });
  };
  return useMutation({
    mutationFn: (w: PlanWrite) => {
      if (w.kind === 'create') return api.post<PlanDetail>(base, w.body);
      if (w.kind === 'update') return api.patch<PlanDetail>(`${base}/${w.id}`, w.body);
      return api.post<PlanDetail>(`${base}/${w.id}/complete`, { version: w.version });
    },
    onSuccess: (plan) => {
      queryClient.setQueryData<UnitPlanView>(remediationKeys.unit(unitId, year), (v) =>
        v ? { ...v, plan, can: { create: false } } : v,
      );
      refresh();
    },
    onError: (e) => {
      if (isApiError(e, 409)) refresh();
    },
  });
}
