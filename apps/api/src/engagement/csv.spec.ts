import { csvField, toCsv } from './csv';

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['with, comma', '"with, comma"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['', ''],
  ])('%j -> %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('leaves numbers and nulls alone', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
  });

  it('ends every line, the last included, with CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', null], ['x,y', 2]])).toBe('a,b\r\n1,\r\n"x,y",2\r\n');
  });
});
