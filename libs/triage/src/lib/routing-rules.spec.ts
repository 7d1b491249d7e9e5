import { DEFAULT_ROUTING_RULES, inHourWindow, validateRoutingRule } from './routing-rules';
import { createTriageEngine, triage } from './triage';
import type { RoutingRule } from './types';

const refill = { subject: 'Refill', body: 'Please refill my lisinopril, the pharmacy is CVS.' };
const clinical = { subject: 'Rash', body: 'I have an itchy rash on my arm since Monday, should I use a cream?' };
const emergency = { subject: '', body: 'crushing chest pain for the last hour' };

function rule(id: string, conditions: RoutingRule['conditions'], action: RoutingRule['action'], enabled = true): RoutingRule {
  return { id, name: id, enabled, conditions, action };
}

describe('validateRoutingRule', () => {
  it('accepts the default rules', () => {
    for (const r of DEFAULT_ROUTING_RULES) expect(validateRoutingRule(r)).toEqual([]);
  });

  it('names every bad field', () => {
    const errors = validateRoutingRule({
      id: '',
      name: 'x',
      enabled: 'yes',
      conditions: {
        categories: ['refill'],
        phrases: [''],
        hours: { from: 25, to: 3 },
        ageBand: { min: 18, max: 5 },
        weekday: 1,
      },
      action: { pool: 'front_desk', priority: 'asap', slaHours: -2, colour: 'red' },
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        'id: must be a non-empty string',
        'enabled: must be true or false',
        expect.stringMatching(/^conditions\.categories\[0\]: must be one of/),
        'conditions.phrases[0]: must be a non-empty string',
        'conditions.hours.from: must be a whole hour from 0 to 23',
        'conditions.ageBand: min must not exceed max',
        'conditions.weekday: unknown condition',
        expect.stringMatching(/^action\.pool: must be one of/),
        expect.stringMatching(/^action\.priority: must be one of/),
        expect.stringMatching(/^action\.slaHours:/),
        'action.colour: unknown field',
      ]),
    );
  });

  it('rejects non-objects and missing parts', () => {
    expect(validateRoutingRule(null)).toEqual(['rule: must be an object']);
    expect(validateRoutingRule({ id: 'a', name: 'a', enabled: true })).toEqual([
      'conditions: must be an object (use {} to match every message)',
      'action: must be an object with a pool',
    ]);
  });

  it('refuses to compile an invalid rule set', () => {
    expect(() => createTriageEngine([rule('a', {}, { pool: 'nurse' }), rule('a', {}, { pool: 'nurse' })])).toThrow(/more than one rule/);
  });
});

describe('rule evaluation', () => {
  it('uses the default rules: refills to medical assistants, clinical questions to the physician', () => {
    const engine = createTriageEngine();
    expect(engine.decide(refill)).toMatchObject({ pool: 'medical_assistant', ruleId: 'refill-requests', priority: 'high' });
    expect(engine.decide(clinical)).toMatchObject({ pool: 'physician', ruleId: 'clinical-questions-own-physician' });
  });

  it('explains the rule with a phrase and its offsets', () => {
    const d = createTriageEngine().decide(refill);
    const item = d.explanation.find((e) => e.kind === 'rule');
    expect(item?.text.toLowerCase()).toBe("rule 'refill requests' matched: category=medication_refill, phrase 'refill'");
    expect(`${refill.subject}\n${refill.body}`.slice(item?.start, item?.end)).toBe(item?.phrase);
  });

  it('evaluates in order: the first enabled match wins', () => {
    const rules = [rule('first', { categories: ['medication_refill'] }, { pool: 'nurse' }), rule('second', { categories: ['medication_refill'] }, { pool: 'billing' })];
    expect(createTriageEngine(rules).decide(refill)).toMatchObject({ ruleId: 'first', pool: 'nurse' });
    expect(createTriageEngine([...rules].reverse()).decide(refill)).toMatchObject({ ruleId: 'second', pool: 'billing' });
  });

  it('skips disabled rules', () => {
    const rules = [rule('off', {}, { pool: 'billing' }, false), rule('on', {}, { pool: 'nurse' })];
    expect(createTriageEngine(rules).decide(refill).ruleId).toBe('on');
  });

  it('falls back to the default mapping, and says so', () => {
    const d = createTriageEngine([]).decide(clinical);
    expect(d.pool).toBe('physician');
    expect(d.ruleId).toBeUndefined();
    expect(d.explanation.find((e) => e.kind === 'default')?.text).toBe('no rule matched: default mapping clinical_question → physician');
  });

  it('matches phrases on word boundaries, case-insensitively', () => {
    const rules = [rule('lisinopril', { phrases: ['Lisinopril', 'blood  pressure'] }, { pool: 'nurse' })];
    const engine = createTriageEngine(rules);
    expect(engine.decide(refill).ruleId).toBe('lisinopril');
    expect(engine.decide({ subject: '', body: 'my BLOOD pressure is fine' }).ruleId).toBe('lisinopril');
    expect(engine.decide({ subject: '', body: 'xlisinoprilx' }).ruleId).toBeUndefined();
  });

  it('matches an age band only when the age is known and inside it', () => {
    const rules = [rule('kids', { categories: ['clinical_question'], ageBand: { max: 17 } }, { pool: 'nurse' })];
    const engine = createTriageEngine(rules);
    expect(engine.decide(clinical, { patient: { ageYears: 6 } }).pool).toBe('nurse');
    expect(engine.decide(clinical, { patient: { ageYears: 17 } }).pool).toBe('nurse');
    expect(engine.decide(clinical, { patient: { ageYears: 18 } }).pool).toBe('physician');
    expect(engine.decide(clinical).pool).toBe('physician');
  });

  it('matches on whether the patient has a primary physician', () => {
    const rules = [rule('orphans', { hasPrimaryPhysician: false }, { pool: 'nurse' })];
    const engine = createTriageEngine(rules);
    expect(engine.decide(clinical).ruleId).toBe('orphans');
    expect(engine.decide(clinical, { patient: { primaryPhysicianId: 'dr-a' } }).ruleId).toBeUndefined();
  });

  it('handles hour windows that wrap midnight', () => {
    expect(inHourWindow(23, 22, 6)).toBe(true);
    expect(inHourWindow(2, 22, 6)).toBe(true);
    expect(inHourWindow(6, 22, 6)).toBe(false);
    expect(inHourWindow(12, 22, 6)).toBe(false);
    expect(inHourWindow(9, 8, 17)).toBe(true);
    expect(inHourWindow(17, 8, 17)).toBe(false);
    expect(inHourWindow(3, 5, 5)).toBe(true);
    const engine = createTriageEngine([rule('night', { hours: { from: 18, to: 8 } }, { pool: 'nurse' })]);
    expect(engine.decide(refill, { localHour: 3 }).pool).toBe('nurse');
    expect(engine.decide(refill, { localHour: 12 }).pool).toBe('medical_assistant');
    expect(engine.decide(refill).pool).toBe('medical_assistant');
  });

  it('records the rules version', () => {
    expect(createTriageEngine(DEFAULT_ROUTING_RULES, { rulesVersion: 7 }).decide(refill).rulesVersion).toBe(7);
    expect(triage(refill, { rules: DEFAULT_ROUTING_RULES, rulesVersion: 9 }).rulesVersion).toBe(9);
  });
});

describe('safety floor for urgent messages', () => {
  it('never lets a rule lower the priority, send it to a non-clinical pool or give it a long SLA', () => {
    const rules = [rule('catch-all', {}, { pool: 'billing', priority: 'routine', slaHours: 72 })];
    const d = createTriageEngine(rules).decide(emergency);
    expect(d).toMatchObject({ urgent: true, priority: 'urgent', pool: 'physician', slaHours: 1, ruleId: 'catch-all' });
    expect(d.explanation.filter((e) => e.text.startsWith('safety floor'))).toHaveLength(3);
  });

  it('lets a practice send emergencies to nurses, at urgent priority', () => {
    const d = createTriageEngine([rule('nurses', { urgent: true }, { pool: 'nurse', priority: 'high' })]).decide(emergency);
    expect(d).toMatchObject({ pool: 'nurse', priority: 'urgent' });
  });

  it('routes with the default Emergencies rule', () => {
    expect(createTriageEngine().decide(emergency)).toMatchObject({ ruleId: 'emergencies', pool: 'physician', priority: 'urgent', slaHours: 1 });
  });
});
