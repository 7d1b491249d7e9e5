import { m, u, type CorpusMessage } from './corpus-types';

/**
 * A fourth held-out set, written on 2026-11-23 by the session lead without opening the engine's
 * lexicons or red-flag patterns in that session, and measured once before any engine change
 * (figures in the README, "How we measure"). 105 messages: 40 emergencies, 35 near misses,
 * 30 ordinary requests in every category.
 *
 * BEFORE (engine at commit 5f60f60, measured once, no engine change yet): category accuracy 95.2%
 * (100/105), pool accuracy 95.2%, emergency recall 62.5% (25/40), precision 96.2% (1 false alarm).
 *   missed emergencies (15): fo001 pressure behind the breastbone + jaw + sweating, fo004 one side
 *   numb all of a sudden, fo007 wants to hurt someone and has a gun, fo009 vomiting coffee grounds /
 *   blood on a blood thinner, fo011 hives + hard to swallow after a new drug, fo013 took 15 pills on
 *   purpose, fo017 late pregnancy headache + flashing lights, fo020 fever + disoriented + breathing
 *   fast, fo022 sudden testicle pain, fo023 head injury on warfarin + vomiting, fo024 sugar "HI" +
 *   confused, fo025 sugar 38 + not making sense, fo033 black stool + nearly fainting, fo034 took all
 *   her antidepressants, fo037 sting + face swelling + wheezing.
 *   false alarm (1): fo128 panic attacks "feel like I cannot breathe", none today.
 *
 * AFTER tuning on it (wording families in red-flags.ts / cue-patterns.ts, each with its own unit
 * tests in red-flags.spec.ts): category 98.1%, emergency recall 100% (40/40), precision 100%. From
 * here on this set is a regression test, not an estimate.
 */
export const HOLDOUT_FOURTH: readonly CorpusMessage[] = [
  // ── Emergencies ──
  u('fo001', null, 'urgent', 'I have had a heavy pressure behind my breastbone for about forty minutes and now my left shoulder and jaw ache. I am sweating a lot.'),
  u('fo002', 'appointment', 'need appt', 'can someone see me today my chest is tight and it hurts to breath in, started after lunch', ['typos']),
  u('fo003', 'clinical_question', 'Mom', 'My mother is 81 and since this morning the left side of her face is drooping and her words come out wrong. Is this something to wait on?', ['caregiver']),
  u('fo004', null, '', 'my arm and leg on the right side went numb all of a sudden and i cant grip my cup', ['typos']),
  u('fo005', 'other', 'question', 'I keep thinking everyone would be better off if I was gone. I have been looking up how many of my sleeping pills it would take.'),
  u('fo006', null, 'not doing well', 'I dont want to wake up tomorrow. I have a plan and I am scared of myself.'),
  u('fo007', 'clinical_question', 'my son', 'My son (19) told me last night he wants to hurt the guy who beat him up and he has my husband gun. I dont know who to call.', ['caregiver', 'non_native']),
  u('fo008', null, 'bleeding', 'I cut my hand with a kitchen knife 30 minutes ago and the bleeding wont stop, it has soaked through three towels', ['typos']),
  u('fo009', 'medication_refill', 'eliquis', 'I am on Eliquis and I just threw up what looks like coffee grounds and some bright red blood. Feel very weak.'),
  u('fo010', null, '', 'my lips and tongue are swelling up after i ate at a thai place and my throat feels tight', ['typos']),
  u('fo011', 'billing', 'bill', 'Sorry wrong category. Started the new antibiotic an hour ago and now I have hives all over and it is hard to swallow'),
  u('fo012', null, 'my daughter', 'My 3 year old got into the cabinet and swallowed some of grandma\'s blood pressure pills, not sure how many', ['caregiver']),
  u('fo013', null, '', 'I took maybe 15 of my tylenol pm on purpose about an hour ago and now i regret it'),
  u('fo014', 'clinical_question', 'husband', 'My husband passed out in the kitchen, he came round after a minute but he is pale and confused and his heart is very slow', ['caregiver']),
  u('fo015', null, 'baby fever', 'Our baby is 6 weeks old and has a temperature of 38.6 and is not feeding well.', ['caregiver']),
  u('fo016', 'appointment', 'pregnant 30 wks', 'I am 30 weeks pregnant and I have not felt the baby move since yesterday evening'),
  u('fo017', null, '', 'pregnant 34 weeks, terrible headache all day and seeing flashing lights, my feet are very swollen'),
  u('fo018', 'clinical_question', 'bleeding pregnancy', 'I\'m 9 weeks pregnant and I\'m bleeding heavily with clots and strong cramps'),
  u('fo019', null, 'seizure', 'My brother just had a siezure that lasted about 5 minutes, he never had one before and he is still very drowsy', ['caregiver', 'typos']),
  u('fo020', 'other', 'dad', 'Dad has a fever of 39.4 and today he does not know where he is, he is breathing fast and seems very weak. He has a urine infection last week.', ['caregiver', 'non_native']),
  u('fo021', null, 'stomach', 'Severe pain in the lower right side of my belly since last night, fever 38.9 and I cannot keep anything down'),
  u('fo022', null, '', 'sudden terrible pain in my left testicle woke me up an hour ago, swollen and I feel sick'),
  u('fo023', 'clinical_question', 'fall', 'My wife fell and hit her head on the counter. She takes warfarin. She now has a bad headache and vomited twice.', ['caregiver']),
  u('fo024', null, 'sugar', 'my blood sugar meter says HI and i feel very confused and thirsty, breathing weird', ['typos']),
  u('fo025', null, 'low sugar', 'My diabetic mother is sweaty, shaking and not making sense, her sugar is 38', ['caregiver']),
  u('fo026', null, '', 'CANT BREATHE PROPERLY. LIPS LOOK BLUE. HELP'),
  u('fo027', 'clinical_question', 'asthma', 'My asthma is very bad, the inhaler does not help anymore and I can only say two or three words before I need air'),
  u('fo028', null, 'vision', 'I suddenly lost the vision in my right eye about 20 minutes ago, like a curtain came down'),
  u('fo029', null, 'headache', 'Worst headache of my life, came on like a thunderclap while I was at the gym, neck is stiff'),
  u('fo030', 'test_results', 'results?', 'Still waiting for my blood results but also since this afternoon I feel my heart racing very fast and I nearly fainted twice'),
  u('fo031', null, '', 'i been coughing up blood today, more than a spoon each time, and short of breath', ['non_native', 'typos']),
  u('fo032', 'medication_refill', 'refill', 'Could you refill my metoprolol. Also for the last hour I have had chest pain going down my left arm, is that from running out?', ['mixed']),
  u('fo033', null, 'black stool', 'My stool has been black and sticky since yesterday and today I got very dizzy when I stood up and nearly fell'),
  u('fo034', 'other', 'friend', 'My roommate sent me a goodbye text and says she took all her antidepressants. She is not answering her door.', ['caregiver']),
  u('fo035', null, '', 'I have been cutting myself again and tonight it went too deep, I cannot get it to stop bleeding'),
  u('fo036', 'clinical_question', 'question about my leg', 'Hi, I wanted to ask about my knee surgery recovery, it is going ok mostly. Physio is fine. But also since about an hour I suddenly get very short of breath and a sharp pain in my chest when I breathe in, and my calf is swollen. Otherwise the knee itself is improving and I was going to ask about going back to work next month.', ['long']),
  u('fo037', null, 'grandson', 'my grandson 2 years old was stung by a bee and now his face is swelling and he is wheezing', ['caregiver']),
  u('fo038', null, 'speech', 'My husband is suddenly slurring his words and his smile is crooked, started 15 min ago', ['caregiver']),
  u('fo039', null, '', 'feel like i am going to die, chest crushing, cant stop sweating', ['typos']),
  u('fo040', 'records_forms', 'form', 'I need to tell someone I have thoughts about killing myself and I do not feel safe at home tonight'),

  // ── Near misses: sound alarming, are not emergencies ──
  m('fo101', 'test_results', 'chest xray', 'Are the results of my chest x-ray from Monday back yet?', 'test_results', ['near_miss']),
  m('fo102', 'billing', 'ER bill', 'I got a bill for my emergency room visit in August when I had chest pain. Insurance says it was not sent to them correctly.', 'billing', ['near_miss']),
  m('fo103', 'medication_refill', 'epipen', 'Please renew my EpiPen prescription, the two I have expire next month.', 'medication_refill', ['near_miss']),
  m('fo104', 'records_forms', 'school form', 'Can the doctor fill out the school\'s seizure action plan for my daughter? She has been seizure free for two years.', 'records_forms', ['near_miss', 'caregiver']),
  m('fo105', 'clinical_question', 'question', 'I had a stroke in 2021 and I am doing well. Is it safe for me to fly to see my grandchildren?', 'clinical_question', ['near_miss']),
  m('fo106', null, 'follow up', 'Since my heart attack last year I have been walking daily. Should I keep taking the aspirin long term?', 'clinical_question', ['near_miss']),
  m('fo107', 'clinical_question', 'checkin', 'No chest pain, no shortness of breath, just the ankle swelling is a bit better. Should I keep the water pill at the same dose?', 'clinical_question', ['near_miss']),
  m('fo108', null, 'stress', 'I am not suicidal or anything, just very stressed with work and not sleeping. Could we talk about options at my next visit?', 'clinical_question', ['near_miss']),
  m('fo109', 'other', 'thanks', 'Thank you all for the care when my dad was bleeding last spring. He is doing great now.', 'other', ['near_miss']),
  m('fo110', null, 'results', 'Dying to know my cholesterol numbers, were they any better this time?', 'test_results', ['near_miss']),
  m('fo111', 'billing', 'statement', 'This bill is killing me, can I set up a payment plan for the $640 balance?', 'billing', ['near_miss']),
  m('fo112', null, 'info', 'What are the warning signs of a stroke? My father was just diagnosed with high blood pressure and I want to know what to watch for.', 'clinical_question', ['near_miss', 'caregiver']),
  m('fo113', 'appointment', 'cardiology', 'I need to book my six month follow-up with cardiology for my atrial fibrillation.', 'appointment', ['near_miss']),
  m('fo114', null, 'breathing', 'Still a little short of breath climbing stairs after covid three weeks ago, but every week it is better. Is that normal?', 'clinical_question', ['near_miss']),
  m('fo115', 'clinical_question', 'nosebleed', 'My son had a small nosebleed this morning that stopped after five minutes of pressure. It is the second this month, should we worry?', 'clinical_question', ['near_miss', 'caregiver']),
  m('fo116', null, 'allergy', 'I think I am allergic to the new laundry soap, a mild itchy rash on my arms, no swelling or trouble breathing.', 'clinical_question', ['near_miss']),
  m('fo117', 'records_forms', 'records', 'Please send my records from the overdose hospitalisation in 2018 to my new psychiatrist.', 'records_forms', ['near_miss']),
  m('fo118', null, 'my heart sank', 'My heart sank when I saw the letter about my mammogram. What does "additional imaging" mean, and when can I get it?', 'test_results', ['near_miss']),
  m('fo119', 'clinical_question', 'dizzy', 'I get a bit lightheaded if I stand up too fast in the morning, it passes in a few seconds. I never fainted.', 'clinical_question', ['near_miss']),
  m('fo120', 'appointment', 'pregnancy', 'I am 12 weeks pregnant, everything is fine, I need to book my next prenatal visit.', 'appointment', ['near_miss']),
  m('fo121', null, 'baby', 'My baby is 5 months and had a low fever of 37.9 after her vaccines yesterday, she is eating and playing normally. Can I give paracetamol?', 'clinical_question', ['near_miss', 'caregiver']),
  m('fo122', 'medication_refill', 'naloxone', 'Can I get a prescription for naloxone to keep at home? My brother is in recovery and I want it just in case.', 'medication_refill', ['near_miss', 'caregiver']),
  m('fo123', null, 'headache', 'Mild headache on and off for a couple of days, I think from the screen at work. Tylenol helps. Any advice?', 'clinical_question', ['near_miss']),
  m('fo124', 'test_results', 'blood in urine', 'The letter said there was a trace of blood in my urine test. I feel fine. What does it mean?', 'test_results', ['near_miss']),
  m('fo125', 'other', 'joke', 'lol my husband says he will kill me if I forget his birthday again, anyway can you update my phone number to 555-0142', 'other', ['near_miss']),
  m('fo126', null, 'course', 'Does the practice offer a CPR or first aid class? I want to know what to do if someone has a heart attack.', 'other', ['near_miss']),
  m('fo127', 'clinical_question', 'chest', 'The chest wall pain from the fall is much better now, only sore when I press on the rib. Ok to go back to the gym?', 'clinical_question', ['near_miss']),
  m('fo128', null, 'anxiety', 'When I have panic attacks I feel like I cannot breathe but it goes away after ten minutes. No attack today. Can we review my medication?', 'clinical_question', ['near_miss']),
  m('fo129', 'records_forms', 'FMLA', 'I need FMLA paperwork completed for the time off to care for my wife after her stroke rehab discharge.', 'records_forms', ['near_miss', 'caregiver']),
  m('fo130', null, 'old', 'In my history form I wrote I had suicidal thoughts as a teenager. That was 20 years ago, please don\'t worry, I just wanted it on record correctly.', 'records_forms', ['near_miss']),
  m('fo131', 'billing', 'ambulance', 'Why was I charged for the ambulance ride in June? I was told the insurance would cover it.', 'billing', ['near_miss']),
  m('fo132', null, 'spotting', 'I am on the pill and had a little light spotting between periods this month, no pain. Should I change brands?', 'clinical_question', ['near_miss']),
  m('fo133', 'test_results', 'ecg', 'Did the doctor look at my ECG from the heart check last week? Was it normal?', 'test_results', ['near_miss']),
  m('fo134', null, 'denies', 'Per your question: he denies chest pain, denies shortness of breath, only the cough is still there. Can he have a cough syrup?', 'clinical_question', ['near_miss', 'caregiver']),
  m('fo135', 'medication_refill', 'glucagon', 'Please refill the glucagon kit for my son, we used the old one for practice at school.', 'medication_refill', ['near_miss', 'caregiver']),

  // ── Ordinary requests ──
  m('fo201', 'medication_refill', 'refill', 'Could you send a refill of my atorvastatin 20 mg to the CVS on Main Street?', 'medication_refill'),
  m('fo202', null, '', 'need more of my inhaler (the blue one) please, running out', 'medication_refill', ['typos']),
  m('fo203', 'other', 'pharmacy change', 'I moved, please send my levothyroxine and my metformin to the Walgreens on 5th Avenue from now on.', 'medication_refill'),
  m('fo204', 'appointment', 'medicine', 'My sertraline is almost finish, can doctor give new prescription?', 'medication_refill', ['non_native']),
  m('fo205', 'appointment', 'book', 'I would like to book a physical sometime in the next two weeks, mornings are best.', 'appointment'),
  m('fo206', null, 'cancel', 'Please cancel my appointment on Thursday at 2, my car broke down. I will call to rebook.', 'appointment'),
  m('fo207', 'other', 'reschedule', 'can i move my visit with dr ruiz from the 14th to any day the week after?', 'appointment', ['typos']),
  m('fo208', null, 'flu shot', 'Do you have flu shot appointments on Saturdays?', 'appointment'),
  m('fo209', 'test_results', 'lab results', 'Have my thyroid labs from last Tuesday come back?', 'test_results'),
  m('fo210', null, 'mri', 'I had the MRI of my back on Friday. When will the doctor go over the results with me?', 'test_results'),
  m('fo211', 'clinical_question', 'a1c', 'Saw my A1c is 7.4 in the portal, is that good or bad compared to last time?', 'test_results'),
  m('fo212', 'clinical_question', 'side effect', 'Since starting lisinopril I have a dry cough that will not go away. Is that the medicine?', 'clinical_question'),
  m('fo213', null, 'rash', 'My daughter has a red itchy rash on her elbows for a week, no fever. Should we try a cream or come in?', 'clinical_question', ['caregiver']),
  m('fo214', 'other', 'dose', 'Can I take ibuprofen together with my prednisone?', 'clinical_question'),
  m('fo215', null, 'back pain', 'My lower back has been aching for two weeks after gardening, it is slowly better. What exercises are ok?', 'clinical_question'),
  m('fo216', 'billing', 'copay', 'I was charged a $40 copay but my plan says $20 for primary care. Can you check?', 'billing'),
  m('fo217', null, 'insurance', 'I have new insurance from January, Aetna, how do I update it for my account?', 'billing'),
  m('fo218', 'other', 'statement', 'I paid this statement online already but got a second notice. Please check my account.', 'billing'),
  m('fo219', 'records_forms', 'sports', 'My son needs his sports physical form signed for soccer, we had the physical in September.', 'records_forms', ['caregiver']),
  m('fo220', null, 'records', 'Please transfer my medical records to Dr Patel at Lakeside Clinic, I am moving out of state.', 'records_forms'),
  m('fo221', 'other', 'letter', 'I need a letter for my employer saying I was seen on Monday and can return to work.', 'records_forms'),
  m('fo222', 'other', 'password', 'I cannot log in to the portal, it says my password expired and the reset email never comes.', 'other'),
  m('fo223', null, 'address', 'New address: 22 Oak Lane, Springfield. Please update.', 'other'),
  m('fo224', 'other', 'thank you', 'Just wanted to say thank you to the nurses, you were all very kind last week.', 'other'),
  m('fo225', 'medication_refill', 'refill and form', 'Can you refill my albuterol, and I also need the camp medication form signed for my son.', 'medication_refill', ['mixed', 'caregiver']),
  m('fo226', 'appointment', 'appt and bill', 'I want to book a follow up and also ask why my last bill was so high.', 'appointment', ['mixed']),
  m('fo227', null, 'refill + question', 'Please refill my amlodipine. Also my ankles have been more swollen since the dose went up, is that normal?', 'clinical_question', ['mixed']),
  m('fo228', 'test_results', 'results and appt', 'Are my blood test results back, and do I need an appointment to discuss them?', 'test_results', ['mixed']),
  m('fo229', null, 'two things', 'hi 1) my metformin refill please 2) the pills make my stomach upset every morning, can i take them with dinner instead?', 'clinical_question', ['mixed', 'typos']),
  m('fo230', 'records_forms', 'form and refill', 'Need my disability form finished by Friday and a refill on my gabapentin.', 'records_forms', ['mixed']),
];
