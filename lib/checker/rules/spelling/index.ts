import type { Rule } from '../../rule';
import { unknownWord } from './unknown-word';

export const spellingRules: Rule[] = [unknownWord];
