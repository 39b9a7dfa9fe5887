import type { Rule } from '../../rule';
import { bsn } from './bsn';
import { email } from './email';
import { iban } from './iban';
import { phone } from './phone';
import { rrn } from './rrn';

export const privacyRules: Rule[] = [bsn, rrn, iban, email, phone];
