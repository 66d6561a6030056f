import { z } from 'zod';
import { UnitRef } from '../org-unit/schemas.ts';
import { roles } from '../permissions.ts';

export const RoleName = z.enum(roles);

export const LoginBody = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const Grant = z.object({ id: z.number().int(), role: RoleName, unit: UnitRef });
export type Grant = z.infer<typeof Grant>;

export const Me = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  locale: z.enum(['vi', 'en']),
  grants: z.array(Grant),
  /** permissions held on at least one unit, for showing menu entries */
  permissions: z.array(z.string()),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof Me>;

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z
    .string()
    .min(10, { message: 'msg:auth.passwordTooShort' })
    .max(200)
    .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), { message: 'msg:auth.passwordWeak' }),
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBody>;
