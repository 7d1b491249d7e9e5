import { createTriageEngine } from './triage';

const engine = createTriageEngine();
const decide = (body: string, subject = '') => engine.decide({ subject, body });
const urgent = (body: string, subject = '') => decide(body, subject).urgent;

describe('red flags: emergencies are found', () => {
  it.each([
    'I have crushing chest pain since this morning',
    'feel like an elephant is sitting on my chest',
    'my chest pian is really bad',
    'pressure in my chest and my left arm feels heavy',
    'my heart is racing and I can’t catch my breath',
    'cant breath',
    'I have trouble breathing since an hour',
    'his lips are turning blue',
    'her face is drooping and she is slurring her words',
    'my husband suddenly can’t lift his right arm',
    'I am having suicidal thoughts',
    'im sucidal',
    'I don’t want to be here anymore',
    'I keep thinking about ending my life',
    'I have thoughts of hurting my wife',
    'my cut won’t stop bleeding after 20 minutes of pressure',
    'coughing up blood since this morning',
    'my lips are swelling after I ate shrimp',
    'i think im having anafalaxis',
    'my son took too many of his pills',
    'my toddler got into grandma’s pills',
    'I passed out at work an hour ago',
    'my 6 week old has a fever of 100.8',
    'our newborn is burning up',
    'I am 9 weeks pregnant and bleeding heavily',
    'my daughter just had a seizure',
    'worst headache of my life, came on suddenly',
    'he hit his head and has thrown up twice',
  ])('%s', (body) => {
    expect(urgent(body)).toBe(true);
  });

  it('treats a caregiver writing about someone else as urgent', () => {
    const d = decide('My son is having trouble breathing and his inhaler isn’t helping');
    expect(d.urgent).toBe(true);
    expect(d.redFlags).toContain('breathing_difficulty');
    expect(d.priority).toBe('urgent');
    expect(d.pool).toBe('physician');
  });

  it('flags an emergency whatever category the patient picked', () => {
    const d = engine.decide({ subject: 'refill', body: 'I need my inhaler refilled today, I can’t catch my breath', category: 'medication_refill' });
    expect(d.urgent).toBe(true);
    expect(d.category).toBe('clinical_question');
    expect(d.parts).toEqual(expect.arrayContaining(['clinical_question', 'medication_refill']));
  });

  it('counts a subject on its own ("Chest pain") when the body does not mention it', () => {
    expect(urgent('It started 20 minutes ago and goes down my arm', 'Chest pain')).toBe(true);
  });
});

describe('red flags: negation, history, hedges and near misses are not emergencies', () => {
  it.each([
    ['negated', 'No chest pain, no fever, just a cough'],
    ['denies', 'Urgent care wrote: denies shortness of breath'],
    ['without', 'I can walk a mile without any trouble breathing'],
    ['not + adjective', 'I am not suicidal, just very stressed'],
    ['past with a year', 'I had chest pain in 2019 and it was reflux'],
    ['resolved', 'my chest pain from 2019 is gone'],
    ['last year', 'Had chest pain last year, the stress test was normal'],
    ['family history', 'mom had a stroke in 2015, what is my risk?'],
    ['years ago', 'I was suicidal years ago but I am in a good place now'],
    ['hypothetical', 'what are the warning signs of a stroke?'],
    ['risk question', 'does sertraline increase the risk of suicidal thoughts?'],
    ['mild on exertion', 'I get a little short of breath when I climb stairs'],
    ['chest x-ray', 'what were the results of my chest x-ray?'],
    ['breathing treatment', 'please refill the nebulizer solution for his breathing treatments'],
    ['stroke of luck', 'what a stroke of luck, I can make my appointment after all'],
    ['seizure medication', 'refill my seizure medication please, no seizures in 3 years'],
    ['action plan form', 'please sign the anaphylaxis action plan form for school'],
    ['nearly had a heart attack (idiom)', 'I nearly had a heart attack when I saw the new portal, lol'],
    ['nose congestion', 'I can’t breathe through my nose with this cold'],
    ['older baby', 'my 6 month old has a low fever after her shots'],
    ['baby without fever', 'my newborn has no fever but is fussy at night'],
    ['pregnant, no bleeding', 'I am 12 weeks pregnant, no bleeding, just nausea'],
    ['overdose worry', 'I am afraid of overdosing on Tylenol with my cold medicine'],
  ])('%s: %s', (_label, body) => {
    expect(urgent(body)).toBe(false);
  });

  it('explains why a denied red flag did not count', () => {
    const d = decide('No chest pain but my ankle hurts');
    const item = d.explanation.find((e) => e.kind === 'negated' && e.phrase === 'chest pain');
    expect(item?.text).toContain("negated by 'No'");
  });

  it('does not let a negation cross "but"', () => {
    expect(urgent('No fever but now I have crushing chest pain')).toBe(true);
  });

  it('treats pseudo-negations as present ("not sure", "never felt anything like this")', () => {
    expect(urgent('not sure if this is chest pain or heartburn')).toBe(true);
    expect(urgent('I have never had pain like this, my chest is so tight')).toBe(true);
  });

  it('takes a recurrence over a past marker ("in 2019, and now it is back")', () => {
    expect(urgent('I had chest pain in 2019 and it is back again today')).toBe(true);
  });
});
