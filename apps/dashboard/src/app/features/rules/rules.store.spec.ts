import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { DEFAULT_ROUTING_RULES, type RoutingRule } from '@carequeue/triage';
import { of, throwError } from 'rxjs';
import { ApiClient, type RuleSet, type RuleVersionSummary } from '../../core/api.client';
import { mapServerErrors, RulesStore } from './rules.store';

const RULES = DEFAULT_ROUTING_RULES.slice(0, 4) as RoutingRule[];
const ids = (rules: readonly RoutingRule[]) => rules.map((r) => r.id);

function ruleSet(version: number, rules: RoutingRule[] = RULES): RuleSet {
  return { version, rules, note: null, createdAt: '2025-03-03T09:00:00Z', createdBy: { id: 'u1', name: 'Ada Admin' } };
}

const VERSIONS: RuleVersionSummary[] = [{ version: 3, note: 'Defaults', createdAt: '2025-03-03T09:00:00Z', createdBy: null, ruleCount: 4 }];

describe('RulesStore', () => {
  let api: { rules: jest.Mock; ruleVersions: jest.Mock; saveRules: jest.Mock };

  async function loaded(): Promise<RulesStore> {
    TestBed.configureTestingModule({ providers: [RulesStore, { provide: ApiClient, useValue: api }] });
    const store = TestBed.inject(RulesStore);
    await store.load();
    return store;
  }

  beforeEach(() => {
    api = {
      rules: jest.fn(() => of(ruleSet(3))),
      ruleVersions: jest.fn(() => of(VERSIONS)),
      saveRules: jest.fn(),
    };
  });

  it('loads the current version and its history; the draft starts as the saved list', async () => {
    const store = await loaded();
    expect(store.loadState()).toBe('ready');
    expect(store.currentVersion()).toBe(3);
    expect(store.nextVersion()).toBe(4);
    expect(ids(store.draft())).toEqual(ids(RULES));
    expect(store.versions()).toEqual(VERSIONS);
    expect(store.dirty()).toBe(false);
  });

  it('reorders, refusing to move past either end', async () => {
    const store = await loaded();
    expect(store.move(0, -1)).toBe(false);
    expect(store.move(3, 1)).toBe(false);
    expect(store.move(2, -1)).toBe(true);
    expect(ids(store.draft())).toEqual(['emergencies', 'refill-requests', 'paediatric-nurse-triage', 'appointment-requests']);
    expect(store.changes()).toEqual({ added: 0, edited: 0, removed: 0, reordered: true });
    expect(store.dirty()).toBe(true);
    store.move(1, 1);
    expect(store.dirty()).toBe(false);
  });

  it('toggles a rule on and off', async () => {
    const store = await loaded();
    store.setEnabled('paediatric-nurse-triage', true);
    expect(store.draft()[1].enabled).toBe(true);
    expect(store.ruleChanges().get('paediatric-nurse-triage')).toBe('edited');
    expect(store.dirty()).toBe(true);
  });

  it('edits, adds and deletes rules; key order alone is not a change', async () => {
    const store = await loaded();
    const refill = RULES[2];
    store.upsert(refill.id, { action: refill.action, conditions: refill.conditions, enabled: true, name: refill.name, id: refill.id });
    expect(store.dirty()).toBe(false);

    store.upsert(refill.id, { ...refill, conditions: { ...refill.conditions, phrases: ['refill', 'renew'] } });
    store.upsert('new-one', { id: 'new-one', name: 'New one', enabled: true, conditions: { phrases: ['fax'] }, action: { pool: 'medical_assistant' } });
    store.remove('appointment-requests');
    expect(ids(store.draft())).toEqual(['emergencies', 'paediatric-nurse-triage', 'refill-requests', 'new-one']);
    expect(store.changes()).toEqual({ added: 1, edited: 1, removed: 1, reordered: false });
  });

  it('discard restores the saved version', async () => {
    const store = await loaded();
    store.move(1, 1);
    store.remove('emergencies');
    store.discard();
    expect(store.draft()).toEqual(RULES);
    expect(store.dirty()).toBe(false);
  });

  it('saves the whole ordered list with the note, then takes the new version', async () => {
    const store = await loaded();
    store.move(2, -1);
    store.setEnabled('appointment-requests', false);
    const sent = store.draft();
    api.saveRules.mockReturnValue(of({ ...ruleSet(4, [...sent]), note: 'Refills before kids' }));

    expect(await store.save('  Refills before kids ')).toBe(true);
    expect(api.saveRules).toHaveBeenCalledWith({ rules: sent, note: 'Refills before kids' });
    expect(store.currentVersion()).toBe(4);
    expect(store.dirty()).toBe(false);
    expect(store.versions().map((v) => [v.version, v.note, v.ruleCount])).toEqual([
      [4, 'Refills before kids', 4],
      [3, 'Defaults', 4],
    ]);
  });

  it('leaves the note out when there is none, and saves nothing when nothing changed', async () => {
    const store = await loaded();
    expect(await store.save('')).toBe(false);
    expect(api.saveRules).not.toHaveBeenCalled();
    store.remove('emergencies');
    api.saveRules.mockReturnValue(of(ruleSet(4, store.draft() as RoutingRule[])));
    await store.save('   ');
    expect(api.saveRules).toHaveBeenCalledWith({ rules: store.draft() });
  });

  it('does not send a draft the validator rejects', async () => {
    const store = await loaded();
    store.upsert('emergencies', { ...RULES[0], conditions: { hours: { from: 25, to: 3 } } });
    expect(store.problems().get('emergencies')).toEqual({ hoursFrom: ['Must be a whole hour from 0 to 23.'] });
    expect(await store.save('x')).toBe(false);
    expect(api.saveRules).not.toHaveBeenCalled();
    expect(store.saveError()).toMatch(/Fix them before saving/);
  });

  it("maps the server's field errors onto the rules sent, by id, so they survive a reorder", async () => {
    const store = await loaded();
    store.setEnabled('emergencies', false);
    api.saveRules.mockReturnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 400,
            error: {
              statusCode: 400,
              error: 'Bad Request',
              message: 'rules[2].conditions.phrases: must be a non-empty array',
              errors: [
                { field: 'rules[2].conditions.phrases', message: 'must be a non-empty array' },
                { field: 'rules[3]', message: 'action.slaHours: must be a number of hours greater than 0' },
                { field: 'note', message: 'must be shorter' },
              ],
            },
          }),
      ),
    );
    expect(await store.save('')).toBe(false);
    expect(store.saveError()).toMatch(/did not accept/);
    expect(store.serverErrors().byRule.get('refill-requests')).toEqual({ phrases: ['Must be a non-empty array.'] });
    expect(store.serverErrors().byRule.get('appointment-requests')).toEqual({ slaHours: ['Must be a number of hours greater than 0.'] });
    expect(store.serverErrors().general).toEqual(['note: must be shorter']);

    store.move(2, -1);
    expect(store.serverErrors().byRule.has('refill-requests')).toBe(true);
    // Editing the rule drops what the server said about its old version.
    store.upsert('refill-requests', { ...RULES[2], name: 'Refills' });
    expect(store.serverErrors().byRule.has('refill-requests')).toBe(false);
  });

  it('explains a refusal and a conflicting save', async () => {
    const store = await loaded();
    store.remove('emergencies');
    api.saveRules.mockReturnValue(throwError(() => new HttpErrorResponse({ status: 403, error: { message: 'Forbidden resource' } })));
    await store.save('');
    expect(store.saveError()).toBe('Only administrators can change the routing rules.');
    expect(store.draft()).toHaveLength(3);

    api.saveRules.mockReturnValue(throwError(() => new HttpErrorResponse({ status: 409, error: { message: 'someone saved the rules at the same time' } })));
    await store.save('');
    expect(store.conflict()).toBe(true);
    expect(store.saveError()).toMatch(/Load the newest version/);
  });

  it('reports a failed load, and keeps the page usable when only the history fails', async () => {
    api.rules.mockReturnValue(throwError(() => new HttpErrorResponse({ status: 0 })));
    api.ruleVersions.mockReturnValue(throwError(() => new HttpErrorResponse({ status: 500, statusText: 'Server Error' })));
    const store = await loaded();
    expect(store.loadState()).toBe('error');
    expect(store.loadError()).toMatch(/cannot be reached/);
    expect(store.versionsError()).toMatch(/had a problem/);
  });
});

describe('mapServerErrors', () => {
  it('reads both field styles and keeps what it cannot place', () => {
    const mapped = mapServerErrors(
      [
        { field: 'rules[0]', message: 'conditions.hours.from: must be a whole hour from 0 to 23' },
        { field: 'rules[0].id', message: 'id x is used by another rule' },
        { field: 'rules[9].name', message: 'out of range' },
      ],
      RULES,
    );
    expect(mapped.byRule.get('emergencies')).toEqual({
      hoursFrom: ['Must be a whole hour from 0 to 23.'],
      general: ['Id x is used by another rule.'],
    });
    expect(mapped.general).toEqual(['rules[9].name: out of range']);
  });
});
