import { compileLexicons, scanLexicons, type Hit } from './matcher';
import { foldText } from './text';

function scan(terms: { pattern: string; meta: string }[], text: string): string[] {
  const set = compileLexicons([terms]);
  const out: Hit<unknown>[][] = [[]];
  const folded = foldText(text);
  scanLexicons(set, folded, out);
  return out[0].map((h) => `${String(h.meta)}:${folded.slice(h.start, h.end)}`);
}

describe('lexicon scanner', () => {
  it('matches on word boundaries only', () => {
    expect(scan([{ pattern: 'pain', meta: 'p' }], 'pain painful spain pain.')).toEqual(['p:pain', 'p:pain']);
  });

  it('prefers the longest phrase at one position, then the first listed meta', () => {
    const terms = [
      { pattern: 'flu\\s+shot', meta: 'appointment' },
      { pattern: 'flu', meta: 'clinical' },
    ];
    expect(scan(terms, 'a flu shot for my flu')).toEqual(['appointment:flu shot', 'clinical:flu']);
    expect(scan([...terms].reverse(), 'a flu shot')).toEqual(['appointment:flu shot']);
    expect(scan([{ pattern: 'flu', meta: 'a' }, { pattern: 'flu', meta: 'b' }], 'flu')).toEqual(['a:flu']);
  });

  it('keeps a leading lookbehind on a single-word or stem term', () => {
    expect(scan([{ pattern: '(?<!gym\\s)again', meta: 'a' }], 'again, gym again')).toEqual(['a:again']);
    expect(scan([{ pattern: '(?<!anti\\s)seiz\\w*', meta: 's' }], 'anti seizure, seizures')).toEqual(['s:seizures']);
  });

  it('never overlaps hits of one lexicon', () => {
    expect(scan([{ pattern: 'chest\\s+pain', meta: 'a' }, { pattern: 'pain', meta: 'b' }], 'chest pain, pain')).toEqual([
      'a:chest pain',
      'b:pain',
    ]);
  });

  it('runs lexicons independently over the same text', () => {
    const set = compileLexicons([[{ pattern: 'no', meta: 'neg' }], [{ pattern: 'no\\s+show', meta: 'appt' }]]);
    const out: Hit<unknown>[][] = [[], []];
    scanLexicons(set, 'no show today', out);
    expect(out.map((o) => o.length)).toEqual([1, 1]);
  });

  it('handles apostrophes, symbols, digits and accented words', () => {
    expect(scan([{ pattern: "can'?t\\s+breathe", meta: 'x' }], "I can't breathe, cant breathe")).toEqual(['x:can\'t breathe', 'x:cant breathe']);
    expect(scan([{ pattern: '\\$\\s?\\d+', meta: '$' }], 'it cost $240')).toEqual(['$:$240']);
    expect(scan([{ pattern: '\\d+\\s+days', meta: 'd' }], 'for 3 days')).toEqual(['d:3 days']);
    expect(scan([{ pattern: 'café\\w*', meta: 'c' }], 'un café')).toEqual(['c:café']);
  });

  it('rejects capture groups in patterns', () => {
    expect(() => compileLexicons([[{ pattern: '(pain)', meta: 'x' }]])).toThrow(/capturing/);
  });
});
