import type { Rule } from 'eslint';

export declare const LAYERS: string[][];
export declare function layerOf(relativePath: string): string | undefined;
export declare function violation(from: string | undefined, to: string | undefined): string | undefined;
declare const rule: Rule.RuleModule;
export default rule;
