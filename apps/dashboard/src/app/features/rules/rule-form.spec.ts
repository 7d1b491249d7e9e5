import { DEFAULT_ROUTING_RULES, validateRoutingRule, type RoutingRule } from '@carequeue/triage';
import { NEW_RULE_FORM, fieldErrorsFromMessages, formToRule, parsePhrases, ruleIdFor, ruleToForm } from './rule-form';

describe('rule form', () => {
  it('splits phrases on commas and new lines, trimming and dropping repeats', () => {
    expect(parsePhrases(' refill, renew\nrefill  please ,, RENEW\n')).toEqual(['refill', 'renew', 'refill please']);
    expect(parsePhrases('  ')).toEqual([]);
  });

  it('turns every default rule into a form and back unchanged', () => {
    for (const rule of DEFAULT_ROUTING_RULES) {
      expect(formToRule(ruleToForm(rule), rule.id)).toEqual(rule);
    }
  });

  it('keeps phrases containing commas one per line', () => {
    const rule: RoutingRule = { id: 'r', name: 'R', enabled: true, conditions: { phrases: ['pain, severe', 'bleeding'] }, action: { pool: 'nurse' } };
    expect(ruleToForm(rule).phrases).toBe('pain, severe\nbleeding');
  });

  it('leaves out conditions left empty, and keeps half a pair so the validator names the missing half', () => {
    const rule = formToRule({ ...NEW_RULE_FORM, name: ' Night ', hoursFrom: 22, urgent: 'no', slaHours: 12 }, 'night');
    expect(rule).toEqual({
      id: 'night',
      name: 'Night',
      enabled: true,
      conditions: { urgent: false, hours: { from: 22, to: null } },
      action: { pool: 'medical_assistant', slaHours: 12 },
    });
    expect(fieldErrorsFromMessages(validateRoutingRule(rule))).toEqual({ hoursTo: ['Must be a whole hour from 0 to 23.'] });
  });

  it("sorts the validator's messages by form control", () => {
    const rule = formToRule({ ...NEW_RULE_FORM, name: '', ageMin: 40, ageMax: 20, slaHours: -1, phrases: 'x'.repeat(101) }, 'r');
    expect(fieldErrorsFromMessages(validateRoutingRule(rule))).toEqual({
      name: ['Must be a non-empty string.'],
      phrases: ['Phrase 1: must be at most 100 characters.'],
      ageBand: ['Min must not exceed max.'],
      slaHours: ['Must be a number of hours greater than 0 and at most 2160.'],
    });
    expect(fieldErrorsFromMessages(['conditions.colour: unknown condition', 'something odd'])).toEqual({
      general: ['Unknown condition.', 'Something odd.'],
    });
  });

  it('makes readable, unique ids for new rules', () => {
    expect(ruleIdFor('After-hours refills!', new Set())).toBe('after-hours-refills');
    expect(ruleIdFor('Refill requests', new Set(['refill-requests', 'refill-requests-2']))).toBe('refill-requests-3');
    expect(ruleIdFor('École', new Set())).toBe('ecole');
    expect(ruleIdFor('  ', new Set())).toBe('rule');
  });
});
