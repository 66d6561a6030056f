import { useQuery } from '@tanstack/react-query';
import type { InitiativeTypeView } from '../../../common/initiative/schemas.ts';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

export const base = '/api/initiatives';
export const typesBase = '/api/initiative-types';
export const typeKeys = { all: ['initiative-types'] as const };

/** The taxonomy (all types, retired ones too) and a name lookup in the user's language. */
export function useInitiativeTypes() {
  const { lang } = useI18n();
  const q = useQuery({ queryKey: typeKeys.all, queryFn: () => api.get<InitiativeTypeView[]>(typesBase) });
  const types = q.data ?? [];
  const nameOf = (code: string) => {
    const type = types.find((x) => x.code === code);
    return type ? (lang === 'en' && type.nameEn ? type.nameEn : type.nameVi) : code;
  };
  return { query: q, types, nameOf };
}

export const stageColors: Record<string, string> = {
  registered: 'default',
  pilot: 'blue',
  evaluated: 'gold',
  replicated: 'green',
  stopped: 'red',
};
