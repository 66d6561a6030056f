import { z } from 'zod';
import { Grant, RoleName } from '../auth/schemas.ts';
import { PageQuery, pageOf } from '../page.ts';

export const UserQuery = PageQuery.extend({ q: z.string().trim().max(100).optional() });
export type UserQuery = z.infer<typeof UserQuery>;

export const UserView = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  active: z.boolean(),
  locked: z.boolean(),
  grants: z.array(Grant),
});
export type UserView = z.infer<typeof UserView>;
export const UserPage = pageOf(UserView);

export const GrantBody = z.object({ role: RoleName, unitId: z.number().int().positive() });
export type GrantBody = z.infer<typeof GrantBody>;

export const CreateUserBody = z.object({
  username: z
    .string()
    .trim()
    .min(3)
    .max(60)
    .regex(/^[a-z0-9._-]+$/i, { message: 'msg:user.usernameFormat' }),
  displayName: z.string().trim().min(1).max(120),
  password: z
    .string()
    .min(10, { message: 'msg:auth.passwordTooShort' })
    .max(200)
    .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), { message: 'msg:auth.passwordWeak' }),
  grants: z.array(GrantBody).max(20).default([]),
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const GrantParams = z.object({
  id: z.coerce.number().int().positive(),
  grantId: z.coerce.number().int().positive(),
});
