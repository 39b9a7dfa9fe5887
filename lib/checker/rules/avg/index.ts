import type { Rule } from '../../rule';
import { careRelationship } from './care-relationship';
import { specialCategory } from './special-category';

export const avgRules: Rule[] = [specialCategory, careRelationship];
