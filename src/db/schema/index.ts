export * from './audit.ts';
export * from './auth.ts';
export * from './org-unit.ts';
