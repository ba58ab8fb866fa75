export * from './errors';
export type * from './plan-ports';
export type { Versioned } from './versioned';
export type * from './practice-ports';
export type * from './registry-ports';
export { describeStorageError, messageOf, type FailureSubject } from './describe-error';
