import { CUE_TERMS, type CueKind } from './cues';
import { CATEGORY_TERMS, type CategoryTerm } from './lexicon';
import { compileLexicons, scanLexicons, type Hit } from './matcher';
import { RED_FLAG_TERMS, type RedFlagMeta } from './red-flags';

/** Context cues, category evidence and red flags, compiled once at module load into one scanner. */
const SCANNER = compileLexicons([CUE_TERMS, CATEGORY_TERMS, RED_FLAG_TERMS]);

export interface MessageHits {
  cues: Hit<CueKind>[];
  categories: Hit<CategoryTerm>[];
  flags: Hit<RedFlagMeta>[];
}

/** One pass over the folded message for all three lexicons. */
export function scanMessage(folded: string): MessageHits {
  const cues: Hit<CueKind>[] = [];
  const categories: Hit<CategoryTerm>[] = [];
  const flags: Hit<RedFlagMeta>[] = [];
  scanLexicons(SCANNER, folded, [cues, categories, flags] as Hit<unknown>[][]);
  return { cues, categories, flags };
}
