import { MESSAGE_CATEGORIES, POOLS, PRIORITIES } from '@carequeue/contracts';
import { TRIAGE_CATEGORIES, TRIAGE_POOLS, TRIAGE_PRIORITIES } from './vocabulary';

describe('vocabulary', () => {
  it('mirrors the contracts', () => {
    expect(TRIAGE_CATEGORIES).toEqual(MESSAGE_CATEGORIES);
    expect(TRIAGE_POOLS).toEqual(POOLS);
    expect(TRIAGE_PRIORITIES).toEqual(PRIORITIES);
  });
});
