import { composeReply } from './reply-composer';

const signer = { name: 'Sam Lee', role: 'medical_assistant' } as const; // "— Sam Lee, Medical Assistant": 28
const context = { patient: { firstName: 'Maria' }, practice: { phone: '(555) 010-2000' } };

describe('composeReply', () => {
  it('renders, signs and measures what the patient will receive', () => {
    const reply = composeReply({ body: 'Hi {{patient.firstName}}, your refill was sent.', context, signer });
    expect(reply).toEqual({
      text: 'Hi Maria, your refill was sent.\n\n— Sam Lee, Medical Assistant',
      missing: [],
      unknown: [],
      length: { length: 61, limit: 2000, remaining: 1939, over: false },
      errors: [],
    });
  });

  it('refuses to send with missing or unknown placeholders, naming each', () => {
    const reply = composeReply({ body: 'Hi {{patient.firstName}}, see you {{nextAvailable}} {{visit}}', context, signer });
    expect(reply.errors).toEqual([
      { field: 'body', message: 'No value for {{nextAvailable}} for this patient: fill it in before sending' },
      { field: 'body', message: 'Unknown placeholder {{visit}}: replace it before sending' },
    ]);
    expect(reply.text).toContain('{{nextAvailable}}');
  });

  it('counts the signature: exactly the limit passes, one more is refused and not cut', () => {
    const fits = 'é'.repeat(2000 - 30); // + "\n\n" + 28-grapheme signature = 2,000
    expect(composeReply({ body: fits, signer }).length).toEqual({ length: 2000, limit: 2000, remaining: 0, over: false });
    expect(composeReply({ body: fits, signer }).errors).toEqual([]);

    const over = composeReply({ body: `${fits}👍🏽`, signer });
    expect(over.length).toEqual({ length: 2001, limit: 2000, remaining: -1, over: true });
    expect(over.errors).toEqual([
      {
        field: 'body',
        message: 'Reply is 2,001 characters with the signature; the limit is 2,000. Shorten it by 1',
      },
    ]);
    expect(over.text).toBe(`${fits}👍🏽\n\n— Sam Lee, Medical Assistant`);
  });

  it('applies the template and practice limits on the rendered text', () => {
    // "Call (555) 010-2000." is 20 graphemes; the token itself is 22.
    const reply = composeReply({ body: 'Call {{practice.phone}}.', context, signer, templateLimit: 50 });
    expect(reply.length).toEqual({ length: 50, limit: 50, remaining: 0, over: false });
    expect(composeReply({ body: 'Call us.', signer, channel: 'sms', limits: { sms: 30 } }).length.over).toBe(true);
  });

  it('refuses an empty reply even though the signature is not empty', () => {
    expect(composeReply({ body: ' \r\n ', signer }).errors).toEqual([{ field: 'body', message: 'Reply is empty' }]);
  });

  it('handles right-to-left replies with placeholders', () => {
    const reply = composeReply({
      body: 'שלום {{patient.firstName}}, המרשם נשלח.',
      context: { patient: { firstName: 'מרים' } },
      signer: { name: 'ד״ר רות כהן', role: 'physician' },
    });
    expect(reply.text).toBe('שלום מרים, המרשם נשלח.\n\n— ד״ר רות כהן, Physician');
    expect(reply.length.length).toBe(48);
    expect(reply.errors).toEqual([]);
  });
});
