export { check, makeContext, type CheckOptions } from './check';
export { rules, ruleById } from './registry';
export * from './types';
export type * from './rule';
