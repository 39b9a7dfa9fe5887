import type { Rule } from '../../rule';
import { location } from './location';
import { owner } from './owner';
import { photo } from './photo';
import { text } from './text';

export const mediaRules: Rule[] = [photo, location, text, owner];
