import { EXAMPLE_CONTEXT, type TemplateContext } from './placeholder-catalogue';
import { renderTemplate } from './template-renderer';

const context: TemplateContext = {
  patient: { firstName: 'Maria', lastName: 'González' },
  physician: { name: 'Dr. Ana Ruiz', lastName: 'Ruiz' },
  practice: { name: 'Riverside Family Medicine', phone: '(555) 010-2000' },
  staff: { name: 'Sam Lee', role: 'medical_assistant' },
};

describe('renderTemplate', () => {
  it('fills known placeholders, with or without spaces inside the braces', () => {
    const result = renderTemplate(
      'Dear {{ patient.firstName }}, Dr. {{physician.lastName}} reviewed your request. Call {{practice.phone}}.',
      context,
    );
    expect(result).toEqual({
      text: 'Dear Maria, Dr. Ruiz reviewed your request. Call (555) 010-2000.',
      missing: [],
      unknown: [],
    });
  });

  it('lists missing values once and leaves their tokens visible, never "undefined"', () => {
    const result = renderTemplate(
      'Hi {{patient.firstName}}, next slot {{nextAvailable}}; {{ nextAvailable }} again; {{today}}.',
      context,
    );
    expect(result.text).toBe('Hi Maria, next slot {{nextAvailable}}; {{ nextAvailable }} again; {{today}}.');
    expect(result.missing).toEqual(['nextAvailable', 'today']);
    expect(result.text).not.toMatch(/undefined|null/);
  });

  it('treats null and blank values as missing', () => {
    const result = renderTemplate('{{patient.firstName}}|{{physician.name}}', {
      patient: { firstName: '   ' },
      physician: { name: null },
    });
    expect(result).toEqual({
      text: '{{patient.firstName}}|{{physician.name}}',
      missing: ['patient.firstName', 'physician.name'],
      unknown: [],
    });
  });

  it('reports unknown placeholders as missing and unknown', () => {
    const result = renderTemplate('Hi {{patient.nickname}} {{patient.firstName}}', context);
    expect(result).toEqual({
      text: 'Hi {{patient.nickname}} Maria',
      missing: ['patient.nickname'],
      unknown: ['patient.nickname'],
    });
  });

  it('does not expand placeholders found inside values (single pass)', () => {
    const result = renderTemplate('Hi {{patient.firstName}}!', { patient: { firstName: '{{practice.phone}}' } });
    expect(result).toEqual({ text: 'Hi {{practice.phone}}!', missing: [], unknown: [] });
  });

  it('inserts values as plain text, markup included', () => {
    const result = renderTemplate('Hi {{patient.firstName}}', { patient: { firstName: '<b>Jo</b>' } });
    expect(result.text).toBe('Hi <b>Jo</b>');
  });

  it('leaves brace mistakes as text', () => {
    expect(renderTemplate('Call {{practice.phone now', context).text).toBe('Call {{practice.phone now');
    expect(renderTemplate('a }} b {{ }}', context)).toEqual({ text: 'a }} b {{ }}', missing: [], unknown: [] });
  });

  it('renders placeholders inside Hebrew and Arabic text in logical order', () => {
    const rtl: TemplateContext = { patient: { firstName: 'מרים' }, nextAvailable: 'יום ג׳ 9:40' };
    expect(renderTemplate('שלום {{patient.firstName}}, התור הבא: {{ nextAvailable }}.', rtl).text).toBe(
      'שלום מרים, התור הבא: יום ג׳ 9:40.',
    );
    expect(renderTemplate('مرحبا {{patient.firstName}}، اتصل بنا {{practice.phone}}', context).text).toBe(
      'مرحبا Maria، اتصل بنا (555) 010-2000',
    );
  });

  it('keeps emoji, combining marks, CJK and CRLF around placeholders intact', () => {
    const text = '👨‍👩‍👧 {{patient.firstName}}さん、\r\nCafe\u0301 🇺🇸 {{staff.role}}';
    expect(renderTemplate(text, context).text).toBe('👨‍👩‍👧 Mariaさん、\r\nCafe\u0301 🇺🇸 Medical Assistant');
  });

  it('previews every placeholder with the example context', () => {
    const result = renderTemplate('{{patient.fullName}} / {{practice.portalUrl}} / {{today}}', EXAMPLE_CONTEXT);
    expect(result).toEqual({
      text: 'Maria González / https://portal.riversidefm.example / November 24, 2025',
      missing: [],
      unknown: [],
    });
  });

  it('renders text without placeholders unchanged', () => {
    expect(renderTemplate('', {})).toEqual({ text: '', missing: [], unknown: [] });
    expect(renderTemplate('Your refill was sent.', {}).text).toBe('Your refill was sent.');
  });
});
