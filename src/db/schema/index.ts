export * from './audit.ts';
export * from './auth.ts';
export * from './criteria.ts';
export * from './evaluation.ts';
export * from './org-unit.ts';
export * from './remediation.ts';
export * from './safety.ts';
