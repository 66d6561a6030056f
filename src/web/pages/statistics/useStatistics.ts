import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  BreakdownResult,
  ChildBoundaries,
  FiguresResult,
  Indicator,
  TrendResult,
} from '../../../common/statistics/schemas.ts';
import { api } from '../../api/client.ts';
import { useParamsPatch } from '../../components/useParamsPatch.ts';
import { useCurrentUser } from '../auth/useAuth.ts';
import { homeUnitOf } from '../evaluation/useYearUnit.ts';

const base = '/api/statistics';
export const statisticsKeys = {
  all: ['statistics'] as const,
  indicators: () => [...statisticsKeys.all, 'indicators'] as const,
  figures: (unitId: number, from: string, to: string) => [...statisticsKeys.all, 'figures', unitId, from, to] as const,
  breakdown: (unitId: number, from: string, to: string, codes: string) =>
    [...statisticsKeys.all, 'breakdown', unitId, from, to, codes] as const,
  trend: (unitId: number, from: string, to: string, codes: string) =>
    [...statisticsKeys.all, 'trend', unitId, from, to, codes] as const,
};

export function useIndicators() {
  return useQuery({
    queryKey: statisticsKeys.indicators(),
    queryFn: () => api.get<Indicator[]>(`${base}/indicators`),
    staleTime: 5 * 60_000,
  });
}

export function useFigures(unitId: number | null, from: string, to: string) {
  return useQuery({
    queryKey: statisticsKeys.figures(unitId ?? 0, from, to),
    queryFn: () => api.get<FiguresResult>(`${base}/figures`, { unitId, from, to }),
    placeholderData: keepPreviousData,
    enabled: !!unitId,
  });
}

export function useBreakdown(unitId: number | null, from: string, to: string, codes: string[]) {
  const list = codes.join(',');
  return useQuery({
    queryKey: statisticsKeys.breakdown(unitId ?? 0, from, to, list),
    queryFn: () => api.get<BreakdownResult>(`${base}/breakdown`, { unitId, from, to, codes: list }),
    placeholderData: keepPreviousData,
    enabled: !!unitId && codes.length > 0,
  });
}

export function useTrend(unitId: number | null, from: string, to: string, codes: string[]) {
  const list = codes.join(',');
  return useQuery({
    queryKey: statisticsKeys.trend(unitId ?? 0, from, to, list),
    queryFn: () => api.get<TrendResult>(`${base}/trend`, { unitId, from, to, codes: list }),
    placeholderData: keepPreviousData,
    enabled: !!unitId && codes.length > 0,
  });
}

/**
 * The unit and the periods a statistics page shows, kept in the address so
 * that a drill-down can be linked and the back button climbs back up.
 * Default: the user's top unit, the current year.
 */
export function useStatisticsParams() {
  const me = useCurrentUser();
  const { params, set } = useParamsPatch();
  const year = String(new Date().getFullYear());
  const unitId = Number(params.get('unitId')) || homeUnitOf(me);
  const from = params.get('from') || year;
  const to = params.get('to') || from;
  return { unitId, from, to, set };
}

/** The page of the records behind a figure, from the indicator's drill template ({unitId}, {start}, {end}). */
export const drillPath = (i: Indicator | undefined, unitId: number, range?: { start: string; end: string }) =>
  i?.drill
    ? i.drill
        .replaceAll('{unitId}', String(unitId))
        .replaceAll('{start}', range?.start ?? '')
        .replaceAll('{end}', range?.end ?? '')
    : null;

export function useBoundaries(unitId: number | null) {
  return useQuery({
    queryKey: [...statisticsKeys.all, 'boundaries', unitId ?? 0],
    queryFn: () => api.get<ChildBoundaries>(`${base}/boundaries`, { unitId }),
    enabled: !!unitId,
    staleTime: 5 * 60_000,
  });
}
