import { useMutation, useQuery } from '@tanstack/react-query';
import type {
  Challenge,
  LookupBody,
  LookupResult,
  PublicUnit,
  SubmitReportData,
  SubmitReportResult,
} from '../../../common/public-report/schemas.ts';
import { api } from '../../api/client.ts';
import { solvePow } from './pow.ts';

export const publicKeys = {
  provinces: () => ['public', 'provinces'] as const,
  communes: (provinceId: number) => ['public', 'communes', provinceId] as const,
};

export const useProvinces = () =>
  useQuery({
    queryKey: publicKeys.provinces(),
    queryFn: () => api.get<PublicUnit[]>('/api/public/units'),
    staleTime: 3_600_000,
  });

export const useCommunes = (provinceId: number | undefined) =>
  useQuery({
    queryKey: publicKeys.communes(provinceId ?? 0),
    queryFn: () => api.get<PublicUnit[]>('/api/public/units', { parentId: provinceId }),
    enabled: provinceId !== undefined,
    staleTime: 3_600_000,
  });

export type SubmitInput = { data: Omit<SubmitReportData, 'pow'>; files: File[]; onPow: (working: boolean) => void };

/** Gets a challenge, does the work, then sends the form with its files in one request. */
export const useSubmitReport = () =>
  useMutation({
    mutationFn: async ({ data, files, onPow }: SubmitInput) => {
      onPow(true);
      let pow: { token: string; nonce: string };
      try {
        const ch = await api.get<Challenge>('/api/public/challenge');
        pow = { token: ch.token, nonce: await solvePow(ch.token, ch.difficulty) };
      } finally {
        onPow(false);
      }
      const form = new FormData();
      form.append('data', JSON.stringify({ ...data, pow }));
      for (const f of files) form.append('files', f, f.name);
      return api.upload<SubmitReportResult>('/api/public/reports', form);
    },
  });

export const useLookup = () =>
  useMutation({ mutationFn: (body: LookupBody) => api.post<LookupResult>('/api/public/reports/lookup', body) });

export const useAddToReport = () =>
  useMutation({
    mutationFn: ({ code, secret, message, files }: LookupBody & { message: string; files: File[] }) => {
      const form = new FormData();
      form.append('code', code);
      form.append('secret', secret);
      form.append('message', message);
      for (const f of files) form.append('files', f, f.name);
      return api.upload<LookupResult>('/api/public/reports/add', form);
    },
  });
