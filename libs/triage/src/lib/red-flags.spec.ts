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

/**
 * Wording families added after the blind held-out set: each family has lay phrasings that must be
 * found and a near miss that shares its words but is not an emergency. The phrasings here are
 * deliberately different from the held-out messages, so these tests check the family, not a message.
 */
describe('red-flag families: each found in other words, each with a near miss', () => {
  it.each([
    ['chest: feeling word before "in"', 'there is a heavy feeling in the middle of my chest', 'I have a heavy chest cold and a cough'],
    ['chest: band around', 'it feels like a band tightening around my chest', 'my chest pain clinic appointment, can I move it?'],
    ['chest: "killing me"', 'my chest is killing me and I am sweating', 'the wait is killing me, any news on my referral?'],
    ['stroke: mouth to one side', 'her mouth is going to one side since lunch', 'her mouth guard is going to the dentist tomorrow'],
    ['stroke: one side of face', 'one side of his face is drooping', 'the drooping eyelid from my Botox is better now'],
    ['stroke: speech makes no sense', 'my mum’s speech suddenly doesn’t make sense', 'the letter from the insurer doesn’t make sense to me'],
    ['stroke: services', 'I think my husband is having a stroke', 'why was I billed twice for the stroke screening?'],
    ['suicide: third person', 'my son is threatening to kill himself', 'the lice shampoo will kill the eggs, do I repeat it?'],
    ['self-harm now', 'I burned myself on purpose last night', 'I burned myself on the oven yesterday, it is blistering'],
    ['self-harm again', 'she has been cutting herself again', 'I cut myself shaving this morning and it stopped quickly'],
    ['hopelessness', 'I am so tired of living like this', 'I am so tired of waiting for my results'],
    ['no point going on', 'honestly what’s the point of living anymore', 'what’s the point of the fasting before the blood test?'],
    ['never wake up', 'I just want to go to sleep and never wake up', 'my toddler never wakes up before 7, is that ok?'],
    ['it all to end', 'I want it all to end', 'I want the itching to end, what cream can I use?'],
    ['better if I were gone', 'everyone would be better if I was gone', 'my cough is better if I sleep propped up'],
    ['giving things away', 'I gave away all my belongings this week', 'giving my old baby clothes away to a friend'],
    ['goodbye letters', 'I wrote a goodbye letter to my family', 'can you write a letter for my landlord about my asthma?'],
    ['stockpiling pills', 'I have been stockpiling my oxycodone pills', 'can I get a 90 day supply of my pills before my trip?'],
    ['plan to take them all', 'I am planning to take all of my pills tonight', 'can I take all my pills at once in the morning?'],
    ['homicidal, third person', 'he is threatening to kill his ex girlfriend', 'my ex is threatening to take me to court over custody'],
    ['unresponsive', 'grandpa is not responding to us and his eyes are closed', 'the infection is not responding to the antibiotics'],
    ['floppy', 'my baby went floppy and pale', 'my baby has a floppy ear, is that normal?'],
    ['poisoning: household', 'my toddler drank some lamp oil', 'what should I do if my son ever drinks lamp oil? just preparing'],
    ['weeks along + bleeding', 'I am 30 weeks along and bleeding', 'I am 30 weeks along, can I still fly?'],
    ['reduced movements', 'I haven’t felt the baby move all day, 36 weeks', 'baby kicking lots at 30 weeks, can I take paracetamol?'],
    ['waters broke', 'my waters broke at 33 weeks', 'when should I come in if my waters break? I am 38 weeks'],
    ['fitting', 'she is fitting and won’t stop', 'the new shoes are not fitting her, can podiatry help?'],
    ['convulsive shaking', 'he is shaking all over and his eyes rolled back', 'shaking all over with chills and a fever, flu I think'],
    ['headache came on suddenly', 'my headache came on suddenly like a thunderclap', 'refill my sumatriptan, the usual headaches, nothing new'],
    ['sepsis: fever + confusion', 'mum is very confused and has a fever of 102', 'I am confused about my bill and had a fever last week'],
    ['sepsis: chills + not making sense', 'dad has chills and is not making any sense', 'dad has chills, he is making sense and eating well'],
    ['non-blanching rash', 'she has a rash that doesn’t fade when I press a glass on it', 'the rash faded after the cream, thank you'],
    ['acute abdomen', 'terrible pain in my stomach and I can’t stand up', 'bad stomach cramps and diarrhoea since last night, drinking fluids'],
    ['acute abdomen: pain then qualifier', 'my stomach pain is unbearable and I am doubled over', 'my stomach pain is much better since the new tablets'],
    ['breathless to talk', 'I’m wheezing so bad I can hardly talk', 'my throat is sore and my voice is hoarse'],
    ['can’t stop the bleeding', 'I can’t stop the bleeding from my nose, it has been an hour', 'my nosebleed stopped after 5 minutes of pressure'],
    ['tongue huge', 'my tongue feels huge after the new medicine', 'my tongue has a white coating, is that thrush?'],
    ['trouble getting a breath', 'having trouble getting my breath even sitting down', 'trouble getting my son to take his inhaler'],
    ['not breathing', 'she is not breathing, what do I do', 'my husband stops breathing in his sleep and snores, sleep study?'],
    ['not waking up', 'my husband fell and isn’t waking up', 'great news, the baby isn’t waking up at night anymore'],
    ['taking my life', 'I have had thoughts of taking my life', 'I am taking my life back after the divorce, feeling good'],
    ['ending it', 'I feel like ending it', 'I feel like ending it with my physio, can I see someone else?'],
  ])('%s', (_family, emergency, nearMiss) => {
    expect(urgent(emergency)).toBe(true);
    expect(urgent(nearMiss)).toBe(false);
  });
});

/**
 * Families added after the fourth held-out set (and the first unseen set): each emergency must be
 * found by the named flag, and its near miss (negated, past, mild or a look-alike) must not be
 * urgent. The wording is our own, not the held-out messages'.
 */
describe('red-flag families from the fourth held-out set', () => {
  const flagsOf = (body: string) => decide(body).redFlags;
  it.each([
    ['chest: breastbone', 'chest_pain', 'a squeezing ache under the sternum since breakfast', 'I bruised my breastbone skiing in 2022, it healed fine'],
    ['chest: spreads to shoulder', 'chest_pain', 'the tightness is spreading into my left shoulder', 'no pain spreading anywhere, just a sore shoulder from tennis'],
    ['heart: jaw ache + cold sweat', 'cardiac_signs', 'his jaw is aching and he is in a cold sweat', 'my jaw aches after the dentist, no sweating or anything else'],
    ['heart: arm ache + clammy', 'cardiac_signs', 'my left arm keeps aching and I’m clammy', 'my left arm aches after the covid booster and I had night sweats'],
    ['allergy: throat tightening after a food', 'allergic_reaction_signs', 'ate a cashew cookie and my throat is getting so tight', 'sore throat getting worse, no allergies, it hurts to swallow food'],
    ['testicle: someone else’s', 'testicular_pain', 'severe pain in my son’s left testicle since he woke', 'my son’s testicle check at the physical was normal'],
    ['glucose meter HI, other words', 'glucose_emergency', 'her libre is still reading HI after the correction dose', 'her libre is reading 9.1, is that ok before bed?'],
    ['stroke: side of the body', 'stroke_signs', 'the left side of her body is weak and heavy since lunch', 'the left side of my body is sore after the fall last month'],
    ['stroke: limb on one side', 'stroke_signs', 'his hand on the right side has gone numb and floppy', 'my hand goes numb when I sleep on it, gone by morning'],
    ['stroke: sudden loss of grip', 'stroke_signs', 'suddenly she can’t hold her fork, it keeps dropping', 'arthritis flare, hard to hold a pen, can I up the naproxen?'],
    ['stroke: curtain over the eye', 'stroke_signs', 'a dark curtain is coming down over my left eye', 'the curtain in the waiting room fell down, someone should fix it'],
    ['others: a plan with a weapon', 'homicidal', 'he keeps saying he will grab his rifle and shoot that man next door', 'we took the rifle to the range last weekend, it was fun'],
    ['others: someone unnamed', 'homicidal', 'I am going to hurt that guy at the bar when I find him', 'that guy at the pharmacy was so helpful, thank you'],
    ['gut: vomit like coffee grounds', 'gi_bleeding', 'she brought up dark stuff that looked like coffee grounds', 'I threw up twice from the stomach bug, no blood at all'],
    ['gut: black stool + lightheaded', 'gi_bleeding', 'tarry black poop this morning and I am so lightheaded', 'black stools since the iron tablets started, otherwise I feel fine'],
    ['allergy: hives + swallowing', 'allergic_reaction_signs', 'welts everywhere and he is struggling to swallow after the penicillin', 'a few hives after the amoxicillin last year, no swelling'],
    ['allergy: sting + swelling', 'allergic_reaction_signs', 'a wasp got her on the neck and now her lips are puffing up', 'stung by a wasp on the ankle yesterday, the ankle is red and itchy'],
    ['overdose: a count', 'overdose', 'my brother swallowed about twenty of his sleeping pills', 'I take two of my sleeping pills some nights, is that too many?'],
    ['overdose: a whole class', 'overdose', 'she has taken all of her lithium at once', 'I have not taken any of my lithium this week, I ran out'],
    ['overdose: on purpose', 'overdose', 'I took a bunch of my xanax deliberately', 'I took my xanax as prescribed and slept well'],
    ['pregnancy: headache late on', 'preeclampsia_signs', 'at 29 weeks I have a splitting headache and blurry vision', 'I am 29 weeks and had a mild headache, gone after a nap'],
    ['pregnancy: vision change', 'preeclampsia_signs', 'pregnant with twins and seeing spots since this morning', 'pregnant and my vision is fine, just tired'],
    ['sepsis: does not recognise family', 'sepsis_signs', 'grandma has a temperature of 39.1 and she doesn’t recognise me', 'grandma had a fever last week, she is herself again now'],
    ['testicle: sudden severe pain', 'testicular_pain', 'really bad pain in his right testicle that started at school', 'mild ache in my testicle after cycling, getting better'],
    ['testicle: hurting out of nowhere', 'testicular_pain', 'my testicles started hurting like crazy an hour ago', 'testicles are sore after the vasectomy last week, is that expected?'],
    ['head knock on a blood thinner', 'head_injury', 'Dad bumped his head on the car door. He is on Xarelto.', 'Dad is on Xarelto. Does he need a blood test before his dental work?'],
    ['head knock with vomiting later', 'head_injury', 'She smacked the side of her head at hockey. Later she was sick twice and sleepy.', 'She smacked her head at hockey. No vomiting, she is playing normally.'],
    ['glucose meter HI', 'glucose_emergency', 'the glucometer reads "HI" and he is very drowsy', 'my glucometer reads high in the morning, around 180, should I adjust?'],
    ['glucose very low with confusion', 'glucose_emergency', 'her glucose dropped to 2.4 and she is confused', 'my glucose was 4.8 this morning and I feel fine'],
    ['passive death wish', 'suicidal', 'some nights I pray that I won’t wake up', 'I pray that I don’t wake up with a migraine again'],
    ['self-harm taken up again', 'suicidal', 'I’ve started cutting again, my arms mostly', 'I started cutting back on salt like the doctor said'],
    ['self-harm deeper than meant', 'suicidal', 'it went way deeper than I wanted to this time', 'the splinter went deeper than I thought, can you remove it?'],
    ['hoarding pills', 'suicidal', 'I have been hoarding them up and now have quite a supply', 'can you send a three month supply so I don’t run out?'],
    ['seizure: eyes rolling up', 'seizure_signs', 'his eyes rolled up and his arms went stiff', 'my eyes are red and itchy from hay fever'],
    ['seizure: whole-body shaking', 'seizure_signs', 'she is jerking her whole body and won’t answer me', 'my hands shake a little when I drink too much coffee'],
  ])('%s', (_family, flag, emergency, nearMiss) => {
    expect(flagsOf(emergency)).toContain(flag);
    expect(urgent(nearMiss)).toBe(false);
  });

  it('does not count recurring panic as breathing trouble now', () => {
    expect(urgent('whenever I get panicky I feel like I can’t get enough air, it passes in minutes')).toBe(false);
    expect(urgent('during my anxiety attacks I can’t breathe, none this week, can we talk about therapy?')).toBe(false);
    expect(urgent('I am having a panic attack and I can’t breathe, my lips are going blue')).toBe(true);
  });

  it('reads "last weekend" as the past, like "last week"', () => {
    expect(urgent('my neighbour had a heart attack last weekend, should I get my cholesterol checked?')).toBe(false);
    expect(urgent('my neighbour is having a heart attack, what do I do?')).toBe(true);
  });

  it('keeps a disoriented patient with a fever urgent though the wording holds a "doesn’t"', () => {
    const d = decide('my father has a high fever and doesn’t know what day it is');
    expect(d.redFlags).toContain('sepsis_signs');
  });
});

describe('context: past, general and planning statements stay apart from events', () => {
  it.each([
    ['"again" about an activity, not the event', 'I had a heart attack in 2015, can I start running again?'],
    ['a lingering disability after a past event', 'he had a stroke two years ago and still can’t drive'],
    ['general knowledge', 'I read that a sudden severe headache can mean a brain bleed, should I worry about my tension headaches?'],
    ['a plan document', 'school needs a signed allergy action plan for her anaphylaxis to nuts'],
    ['resolved, "all fine now"', 'I had a tight chest last year with covid, all fine now'],
  ])('%s', (_label, body) => {
    expect(urgent(body)).toBe(false);
  });

  it.each([
    ['"again" right by the event', 'I had a seizure in 2019 and I had one again today'],
    ['a gestational age is not an age ("at 33 weeks")', 'I am bleeding heavily at 33 weeks'],
    ['"still" about the event itself', 'I had chest pain last week and still have it, it is crushing'],
    ['a question that is not about the dose', 'should I take him in? he swallowed a button battery'],
  ])('%s', (_label, body) => {
    expect(urgent(body)).toBe(true);
  });
});

describe('wording families found by unseen set B (2026-12-05)', () => {
  it.each([
    ['oxygen reading', 'my grandfather’s finger oxygen reader says 82% and he seems drowsy', 'low_oxygen'],
    ['sats in shorthand', 'sats are hovering around 86 on the pulse ox', 'low_oxygen'],
    ['colour with "have a"', 'his lips and fingertips have a bluish color', 'breathing_difficulty'],
    ['colour first', 'she has blue lips and is breathing fast', 'breathing_difficulty'],
    ['dragging a leg', 'since this morning my left leg is very weak, I drag the foot when I walk', 'stroke_signs'],
    ['a date picked', 'I’ve picked a date and I know how I’m going to do it', 'suicidal'],
    ['pills counted out', 'thinking about taking all of my pills at once, I counted them out on the table', 'suicidal'],
    ['a soaked super pad', 'soaking through a super pad every 30 minutes with big clots', 'severe_bleeding'],
    ['black, sticky stool', 'passing black, sticky stools and so lightheaded he almost fell', 'gi_bleeding'],
    ['fewer movements as a count', 'I’m 30 weeks and I’ve only felt two tiny movements in 3 hours', 'fewer_fetal_movements'],
    ['after a birth', 'I had my baby 5 days ago and today I have a terrible headache and blurry vision', 'postpartum_warning'],
    ['a severe reading with a symptom', 'my blood pressure is 210/125 and I have a pounding headache', 'hypertensive_emergency'],
    ['a lay word for a testicle', 'woke up with realy bad pain in my left ball, its swollen', 'testicular_pain'],
    ['a forehead on warfarin', 'she hit her forehead on the counter and takes warfarin', 'head_injury'],
    ['a household and a furnace', 'everyone in our house woke up with headaches and the furnace is making a noise', 'carbon_monoxide'],
  ])('%s', (_label, body, flag) => {
    expect(decide(body).redFlags).toContain(flag);
  });

  it.each([
    ['a normal oxygen reading', 'my oxygen was 97% at the pharmacy, is that fine?'],
    ['oxygen flow, not saturation', 'I use oxygen at 2 liters at night, can I get new tubing?'],
    ['toes blue in the cold', 'my toes turn blue when it’s cold, is that Raynaud’s?'],
    ['hair going grey', 'my hair is turning grey early, is that a vitamin thing?'],
    ['a long-standing foot drop', 'I drag my right foot since the back surgery for years, can I get a brace?'],
    ['a high reading with no symptom named', 'my blood pressure was 150/95 today, should I change my dose?'],
    ['the indication of a medicine', 'the pharmacy is out of my lamotrigine for seizures, can you send it elsewhere?'],
    ['a number for the fridge', 'is the poison control number something I should keep on the fridge?'],
    ['a past stroke now stable', 'my grandmother had a stroke last week and is now stable in rehab, please fax her med list'],
    ['a carbon monoxide question', 'should we buy a carbon monoxide detector for the new house?'],
  ])('%s', (_label, body) => {
    expect(urgent(body)).toBe(false);
  });
});
