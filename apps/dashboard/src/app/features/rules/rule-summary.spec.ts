import { DEFAULT_ROUTING_RULES, type RoutingRule } from '@carequeue/triage';
import { describeAction, describeConditions, describeRule, slaText } from './rule-summary';

describe('rule summary', () => {
  it('puts conditions into words, in reading order', () => {
    expect(describeConditions({ categories: ['medication_refill'], phrases: ['refill', 'renew'] })).toBe(
      'category is Medication refill · phrases: refill, renew',
    );
    expect(describeConditions({ categories: ['appointment', 'records_forms', 'billing'] })).toBe(
      'category is Appointment, Records & forms or Billing',
    );
    expect(describeConditions({ urgent: true })).toBe('urgent');
    expect(describeConditions({ urgent: false, hasPrimaryPhysician: false })).toBe('not urgent · has no primary physician');
    expect(describeConditions({ hasPrimaryPhysician: true })).toBe('has a primary physician');
  });

  it('describes age bands and hour windows', () => {
    expect(describeConditions({ ageBand: { max: 17 } })).toBe('age 17 or younger');
    expect(describeConditions({ ageBand: { min: 65 } })).toBe('age 65 or older');
    expect(describeConditions({ ageBand: { min: 2, max: 17 } })).toBe('age 2–17');
    expect(describeConditions({ hours: { from: 18, to: 8 } })).toBe('between 18:00 and 08:00');
    expect(describeConditions({ hours: { from: 9, to: 9 } })).toBe('any hour');
  });

  it('shortens long phrase lists and names a rule without conditions', () => {
    const phrases = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    expect(describeConditions({ phrases })).toBe('phrases: a, b, c, d, e, f and 2 more');
    expect(describeConditions({})).toBe('every message');
  });

  it('puts the action into words', () => {
    expect(describeAction({ pool: 'medical_assistant', priority: 'high', slaHours: 8 })).toBe('→ Medical assistants, high priority, SLA 8 h');
    expect(describeAction({ pool: 'billing' })).toBe('→ Billing');
    expect(describeAction({ pool: 'physician', priority: 'urgent', slaHours: 0.5 })).toBe('→ Physicians, urgent priority, SLA 30 min');
    expect(slaText(1.25)).toBe('1.3 h');
  });

  it('summarises every default rule in one sentence', () => {
    const [emergencies, paediatric] = DEFAULT_ROUTING_RULES as RoutingRule[];
    expect(describeRule(emergencies)).toBe('Emergencies: when urgent → Physicians, urgent priority, SLA 1 h');
    expect(describeRule(paediatric)).toBe(
      'Paediatric clinical questions to nurse triage (off): when category is Clinical question · age 17 or younger → Nurses, high priority',
    );
  });
});
