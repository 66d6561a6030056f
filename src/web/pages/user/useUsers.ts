import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CreateUserBody, GrantBody, UserPage, UserView } from '../../../common/user/schemas.ts';
import { api } from '../../api/client.ts';

export type UserListParams = { q?: string; page?: number; pageSize?: number };
export type UserPageData = z.infer<typeof UserPage>;

export const userKeys = {
  all: ['users'] as const,
  list: (params: UserListParams) => [...userKeys.all, 'list', params] as const,
};

export function useUsers(params: UserListParams, enabled = true) {
  return useQuery({
    queryKey: userKeys.list(params),
    queryFn: () => api.get<UserPageData>('/api/users', params),
    placeholderData: keepPreviousData,
    enabled,
  });
}

function useUserWrite<V>(write: (vars: V) => Promise<UserView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export const useCreateUser = () =>
  useUserWrite((body: z.input<typeof CreateUserBody>) => api.post<UserView>('/api/users', body));

export const useAddGrant = () =>
  useUserWrite(({ userId, ...body }: GrantBody & { userId: number }) =>
    api.post<UserView>(`/api/users/${userId}/grants`, body),
  );

export const useRemoveGrant = () =>
  useUserWrite(({ userId, grantId }: { userId: number; grantId: number }) =>
    api.delete<UserView>(`/api/users/${userId}/grants/${grantId}`),
  );
