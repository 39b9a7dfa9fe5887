import type { Rule } from '../../rule';
import { repeatedWord } from './repeated-word';
import { unknownWord } from './unknown-word';
import { verbForm } from './verb-form';

export const spellingRules: Rule[] = [unknownWord, verbForm, repeatedWord];
