import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AuditPage } from '../../../common/audit/schemas.ts';
import { api } from '../../api/client.ts';

export type AuditFilters = { userId?: number; unitId?: number; action?: string; from?: string; to?: string };
export type AuditParams = AuditFilters & { page: number; pageSize: number };
export type AuditPageData = z.infer<typeof AuditPage>;

export const auditKeys = {
  all: ['audit'] as const,
  list: (params: AuditParams) => [...auditKeys.all, 'list', params] as const,
};

export function useAuditPage(params: AuditParams) {
  return useQuery({
    queryKey: auditKeys.list(params),
    queryFn: () => api.get<AuditPageData>('/api/audit', params),
    placeholderData: keepPreviousData,
  });
}
