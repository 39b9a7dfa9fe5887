import type { Rule } from '../../rule';
import { broken } from './broken';
import { documentShare } from './document-share';
import { insecure } from './insecure';
import { internal } from './internal';
import { lookalike } from './lookalike';
import { shortener } from './shortener';
import { tracking } from './tracking';

export const linkRules: Rule[] = [insecure, shortener, tracking, internal, lookalike, documentShare, broken];
