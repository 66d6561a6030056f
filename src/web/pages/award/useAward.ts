import { useQuery } from '@tanstack/react-query';
import type { AwardForm } from '../../../common/award/schemas.ts';
import { api } from '../../api/client.ts';

export const decisionsBase = '/api/awards';
export const proposalsBase = '/api/award-proposals';
export const formsBase = '/api/award-forms';

/** The forms of commendation (active ones, or all for the administrators' list). */
export function useAwardForms(all = false) {
  return useQuery({
    queryKey: ['registry', formsBase, { all }],
    queryFn: () => api.get<AwardForm[]>(formsBase, all ? { all: true } : {}),
    staleTime: 60_000,
  });
}
