export * from './auth.ts';
export * from './errors.ts';
export * from './roles.ts';
export * from './tenant.ts';
export * from './reference/index.ts';
