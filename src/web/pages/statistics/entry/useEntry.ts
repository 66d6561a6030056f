import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CompletenessResult, EntryForm, EntryImportResult } from '../../../../common/statistics/entry-schemas.ts';
import { api, isApiError } from '../../../api/client.ts';
import { useParamsPatch } from '../../../components/useParamsPatch.ts';
import { useCurrentUser } from '../../auth/useAuth.ts';
import { homeUnitOf } from '../../evaluation/useYearUnit.ts';

const base = '/api/statistics/entries';

export const entryKeys = {
  all: ['statisticsEntry'] as const,
  form: (unitId: number, period: string) => [...entryKeys.all, 'form', unitId, period] as const,
  completeness: (unitId: number, period: string) => [...entryKeys.all, 'completeness', unitId, period] as const,
};

export const entryFileUrl = (kind: 'template' | 'export', unitId: number, period: string) =>
  `${base}/${kind}?unitId=${unitId}&period=${period}`;

/** The quarter we are in: the usual period to report on (entered indicators are quarterly). */
function currentQuarter() {
  const d = new Date();
  return `${d.getFullYear()}Q${Math.floor(d.getMonth() / 3) + 1}`;
}

/** `unitId` and `period` kept in the address, so a link or the back button opens the same form. */
export function useUnitPeriod() {
  const me = useCurrentUser();
  const { params, set } = useParamsPatch();
  const unitId = Number(params.get('unitId')) || homeUnitOf(me);
  const period = params.get('period') || currentQuarter();
  return { unitId, period, set };
}

export function useEntryForm(unitId: number | null, period: string) {
  return useQuery({
    queryKey: entryKeys.form(unitId ?? 0, period),
    queryFn: () => api.get<EntryForm>(base, { unitId, period }),
    enabled: !!unitId,
  });
}

export function useCompleteness(unitId: number | null, period: string) {
  return useQuery({
    queryKey: entryKeys.completeness(unitId ?? 0, period),
    queryFn: () => api.get<CompletenessResult>(`${base}/completeness`, { unitId, period }),
    enabled: !!unitId,
    placeholderData: keepPreviousData,
  });
}

type Ref = { unitId: number; period: string; version: number };
export type EntryCommand =
  | ({ action: 'save'; values: Record<string, number | null> } & Ref)
  | ({ action: 'submit' | 'approve' } & Ref)
  | ({ action: 'return'; reason: string } & Ref);

/**
 * Every write on a form. The answer is the new form, put straight into the
 * cache; a 409 refreshes it so the next try sends the current version.
 */
export function useEntryCommand() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: entryKeys.all });
  return useMutation({
    mutationFn: ({ action, ...body }: EntryCommand) =>
      action === 'save' ? api.put<EntryForm>(base, body) : api.post<EntryForm>(`${base}/${action}`, body),
    onSuccess: (form) => {
      queryClient.setQueryData(entryKeys.form(form.unit.id, form.period.text), form);
      void refresh();
    },
    onError: (e) => {
      if (isApiError(e, 409)) void refresh();
    },
  });
}

export function useEntryImport(unitId: number, period: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return api.upload<EntryImportResult>(`${base}/import?unitId=${unitId}&period=${period}`, form);
    },
    onSuccess: (r) => {
      queryClient.setQueryData(entryKeys.form(unitId, period), r.form);
      void queryClient.invalidateQueries({ queryKey: entryKeys.all });
    },
  });
}
