import { createTriageEngine, triageText, type ExplanationItem } from '@carequeue/triage';
import { highlightMessage, segmentText } from './highlight';

describe('highlight', () => {
  it('marks the ranges of a text, the stronger reason winning where they overlap', () => {
    expect(
      segmentText('severe chest pain now', [
        { start: 0, end: 17, kind: 'phrase' },
        { start: 7, end: 17, kind: 'red_flag' },
      ]),
    ).toEqual([
      { text: 'severe ', kind: 'phrase' },
      { text: 'chest pain', kind: 'red_flag' },
      { text: ' now' },
    ]);
    expect(segmentText('plain', [])).toEqual([{ text: 'plain' }]);
  });

  it('splits offsets into the subject and the body, which start after the new line', () => {
    const subject = 'Refill';
    const body = 'my lisinopril refill';
    const items: ExplanationItem[] = [
      { kind: 'phrase', text: 'subject', start: 0, end: 6 },
      { kind: 'phrase', text: 'body', start: 21, end: 27 },
      { kind: 'prior', text: 'no offsets' },
      { kind: 'phrase', text: 'past the end', start: 25, end: 99 },
    ];
    expect(triageText({ subject, body }).slice(21, 27)).toBe('refill');
    expect(highlightMessage(subject, body, items)).toEqual({
      subject: [{ text: 'Refill', kind: 'phrase' }],
      body: [{ text: 'my lisinopril ' }, { text: 'refill', kind: 'phrase' }],
    });
  });

  it("marks exactly the phrases the engine's explanation points at", () => {
    const subject = 'Help';
    const body = 'My dad has crushing chest pain and his left arm is numb';
    const decision = createTriageEngine().decide({ subject, body });
    const marked = highlightMessage(subject, body, decision.explanation).body.filter((s) => s.kind === 'red_flag');
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.map((s) => s.text).join(' ')).toMatch(/chest pain/);
  });
});
