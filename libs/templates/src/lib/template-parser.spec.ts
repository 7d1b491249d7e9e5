import { parseTemplate } from './template-parser';

describe('parseTemplate', () => {
  it('finds placeholders with their offsets, line and column', () => {
    const text = 'Hi {{patient.firstName}},\nsee {{ physician.name }} on {{nextAvailable}}.';
    const { placeholders, problems } = parseTemplate(text);
    expect(problems).toEqual([]);
    expect(placeholders).toEqual([
      { name: 'patient.firstName', raw: '{{patient.firstName}}', index: 3, end: 24, line: 1, column: 4, known: true },
      { name: 'physician.name', raw: '{{ physician.name }}', index: 30, end: 50, line: 2, column: 5, known: true },
      { name: 'nextAvailable', raw: '{{nextAvailable}}', index: 54, end: 71, line: 2, column: 29, known: true },
    ]);
    expect(text.slice(30, 50)).toBe('{{ physician.name }}');
  });

  it('tolerates tabs and several spaces inside the braces', () => {
    const { placeholders } = parseTemplate('{{\tpatient.firstName   }}');
    expect(placeholders.map((p) => [p.name, p.known])).toEqual([['patient.firstName', true]]);
  });

  it('marks names outside the catalogue as unknown', () => {
    const { placeholders } = parseTemplate('{{patient.firstname}} {{ insurance }}');
    expect(placeholders.map((p) => [p.name, p.known])).toEqual([
      ['patient.firstname', false],
      ['insurance', false],
    ]);
  });

  it('counts columns in graphemes after emoji and combining marks', () => {
    // "👍🏽" is 4 code units and "e\u0301" 2, but each is one column.
    const text = '👍🏽 Cafe\u0301 {{today}}';
    const [token] = parseTemplate(text).placeholders;
    expect(token.index).toBe(11);
    expect(token.column).toBe(8);
  });

  it('counts CRLF as one line break', () => {
    const text = 'line one\r\nline two\r\n\r\n  {{today}}';
    const [token] = parseTemplate(text).placeholders;
    expect([token.line, token.column]).toEqual([4, 3]);
  });

  it('gives logical positions inside right-to-left text', () => {
    const text = 'שלום {{patient.firstName}}, התור הבא שלך: {{nextAvailable}}';
    const { placeholders } = parseTemplate(text);
    expect(placeholders.map((p) => [p.name, p.index, p.column])).toEqual([
      ['patient.firstName', 5, 6],
      ['nextAvailable', 42, 43],
    ]);
  });

  it.each([
    ['Call us {{practice.phone', [['unclosed_braces', 8, 1, 9]]],
    ['Call us practice.phone}}', [['unopened_braces', 22, 1, 23]]],
    ['{{ }} and {{}}', [['empty_placeholder', 0, 1, 1], ['empty_placeholder', 10, 1, 11]]],
    ['{{ today\n}}', [['unclosed_braces', 0, 1, 1], ['unopened_braces', 9, 2, 1]]],
    ['{{{{today}}', [['unclosed_braces', 0, 1, 1]]],
    ['{{today}}}}', [['unopened_braces', 9, 1, 10]]],
  ])('reports brace problems in %j', (text, expected) => {
    const { problems } = parseTemplate(text);
    expect(problems.map((p) => [p.code, p.index, p.line, p.column])).toEqual(expected);
  });

  it('treats single braces as text', () => {
    expect(parseTemplate('a {b} c { d } }')).toEqual({ placeholders: [], problems: [] });
  });

  it('does not let a stray "{{" swallow a long stretch of text', () => {
    const text = `{{ ${'x'.repeat(120)} }}`;
    const { placeholders, problems } = parseTemplate(text);
    expect(placeholders).toEqual([]);
    expect(problems.map((p) => p.code)).toEqual(['unclosed_braces', 'unopened_braces']);
  });
});
