import { MESSAGE_CATEGORIES } from '@carequeue/contracts';
import { simpleRoute } from './simple-routing';

describe('simpleRoute', () => {
  it('sends refills, appointments and forms to medical assistants', () => {
    expect(simpleRoute('medication_refill').pool).toBe('medical_assistant');
    expect(simpleRoute('appointment').pool).toBe('medical_assistant');
    expect(simpleRoute('records_forms').pool).toBe('medical_assistant');
  });

  it('sends clinical questions and results to physicians, billing to billing', () => {
    expect(simpleRoute('clinical_question').pool).toBe('physician');
    expect(simpleRoute('test_results').pool).toBe('physician');
    expect(simpleRoute('billing').pool).toBe('billing');
  });

  it('explains every decision', () => {
    for (const category of MESSAGE_CATEGORIES) {
      expect(simpleRoute(category).explanation[0]).toContain(category);
    }
  });
});
