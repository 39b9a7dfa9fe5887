import type { Rule } from '../../rule';
import { defensiveReply } from './defensive-reply';
import { orgPhrase } from './org-phrase';
import { publicPromise } from './public-promise';

export const toneRules: Rule[] = [defensiveReply, publicPromise, orgPhrase];
