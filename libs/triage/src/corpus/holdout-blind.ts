import { m, u, type CorpusMessage } from './corpus-types';

/**
 * A third held-out set, written blind: before reading the red-flag and category lexicons, by
 * someone who had not seen the corpus, and measured once before any engine change (figures below).
 *
 * 132 messages: 54 emergencies (every red-flag family, several wordings each; caregivers, typos,
 * non-native, very short and long), 45 hard near misses, 33 ordinary requests in every category.
 *
 * BEFORE (engine as it stood, measured once, no engine change yet): category accuracy 89.4%
 * (118/132), pool accuracy 92.4%, emergency recall 79.6% (43/54), precision 87.8% (6 false alarms).
 *   missed emergencies (11): bb002 squeezing chest + sweaty/grey, bb052 "cannot speak good … mouth
 *   going to one side", bb016 giving things away, bb017 saving pills to take all at once, bb019 cut
 *   myself again, bb021 tired of living, bb023 going to kill his ex-wife (third person), bb041 baby
 *   hasn't moved at 34 weeks, bb047 elderly confused + shivering + UTI, bb048 elderly high fever +
 *   breathing fast + hardly responding, bb050 severe right lower belly pain + fever + vomiting.
 *   false alarms (6): bb105 heart attack in 2019, bb119 "chest pain clinic", bb124 stroke two years
 *   ago, bb135 allergy action plan for anaphylaxis, bb138 stroke screening bill, bb141 "can mean a
 *   brain bleed" (general question).
 *   category only (4): bb111 hcg result → clinical, bb147 daycare question → forms, bb205 "cream is
 *   finish" → other, bb207 sports physical slot → forms.
 * The AFTER figures are in the README ("How we measure"); this set has since been tuned on.
 */
export const HOLDOUT_BLIND: readonly CorpusMessage[] = [
  // ── Emergencies: chest pain / pressure ──
  u("bb001", null, "", "my chest feels really tight and heavy, like someone is sitting on it. started an hour ago and its going into my left arm", ["typos"]),
  u("bb002", "clinical_question", "Dad", "My father (78) says there's a squeezing feeling in the middle of his chest and he's sweaty and grey. What should we do?", ["caregiver"]),
  u("bb003", "appointment", "appt", "can i get seen today, ive got this pressure in my chest that wont go away and my jaw aches too", ["typos"]),
  u("bb004", null, "", "Having chest pains since I woke up, worse when I walk up the stairs, and I feel sick and clammy."),
  u("bb005", "other", "help", "chest hurting bad and my heart is pounding out of control, feel like im going to pass out", ["typos"]),

  // ── Breathing ──
  u("bb006", null, "", "I can't breathe properly, even sitting still I'm gasping and my lips look a bit blue."),
  u("bb007", "clinical_question", "My son", "My 6 year old is struggling to breath, his ribs are sucking in with every breath and the inhaler isnt helping", ["caregiver", "typos"]),
  u("bb008", null, "Asthma", "Had 10 puffs of ventolin in the last hour and I still can't get enough air. Can barely talk in full sentences."),
  u("bb009", "other", "", "Mother is breathless at rest since this morning, she cannot finish a sentence. She has heart failure.", ["caregiver"]),
  u("bb010", null, "", "I am very short of breath, I can not lie down, I must sit up all night for breathing", ["non_native"]),

  // ── Stroke signs ──
  u("bb011", null, "Husband", "my husbands face is drooping on one side and his words are coming out slurred, it started 20 min ago", ["caregiver", "typos"]),
  u("bb012", "appointment", "", "Woke up and my right arm and leg feel numb and weak, and I can't get my words out right."),
  u("bb013", null, "Mum", "Mum suddenly can't lift her left arm and her speech is garbled. Should I wait for her appointment tomorrow?", ["caregiver"]),
  u("bb014", "clinical_question", "vision", "All of a sudden I lost the vision in one eye and the left side of my face feels numb."),
  u("bb052", null, "", "Doctor please my mother she cannot speak good since one hour and her mouth is going to one side", ["non_native", "caregiver"]),

  // ── Suicidal thoughts / self-harm, including indirect wording ──
  u("bb015", null, "", "I don't see the point of going on anymore. Everyone would be better off without me."),
  u("bb016", "other", "", "ive been giving my things away and writing letters to my kids. i think im ready to be done", ["typos"]),
  u("bb017", "medication_refill", "refill", "Please refill my sleeping pills. I've been saving them up and I plan to take them all at once this weekend."),
  u("bb018", null, "", "I want to kill myself. I have thought about how I would do it."),
  u("bb019", null, "", "I cut myself again last night, deeper this time, and I don't want to stop."),
  u("bb020", "clinical_question", "Teenager", "My 15yo daughter told me she wants to die and has been hurting herself. I don't know what to do.", ["caregiver"]),
  u("bb021", null, "", "i am tired of living, i want to sleep and never wake up", ["non_native"]),
  u("bb054", null, "Help", "want to end it all"),

  // ── Homicidal thoughts ──
  u("bb022", null, "", "I keep having thoughts about hurting my neighbour, I have a knife and I'm scared I'll actually do it."),
  u("bb023", "clinical_question", "Brother", "My brother is saying he is going to kill his ex wife and he has a gun. He is your patient.", ["caregiver"]),

  // ── Severe bleeding ──
  u("bb024", null, "", "cut my hand on a glass, it's bleeding heavily and won't stop even with pressure for 20 mins"),
  u("bb025", null, "Nosebleed", "My nose has been pouring blood for 45 minutes and I'm on warfarin, I feel lightheaded."),
  u("bb026", null, "", "I'm throwing up blood, looks like coffee grounds, and my stomach hurts so bad."),
  u("bb027", "test_results", "", "There was a lot of blood in the toilet, black tarry stools, and I'm dizzy when I stand."),

  // ── Anaphylaxis ──
  u("bb028", null, "Allergic reaction", "My son ate something with peanuts, his lips and tongue are swelling up and he's wheezing.", ["caregiver"]),
  u("bb029", null, "", "took the new antibiotic and now my throat feels like its closing and im covered in hives", ["typos"]),
  u("bb030", "medication_refill", "", "Used my epipen after a bee sting 10 minutes ago, my face is still swelling. Do I need another one?"),

  // ── Overdose / poisoning ──
  u("bb031", null, "", "My toddler swallowed some of grandma's pills, we don't know how many.", ["caregiver"]),
  u("bb032", null, "Help", "I took too many of my pain pills, maybe 20, about an hour ago."),
  u("bb033", null, "", "my 3 yr old drank some bleach from under the sink, hes coughing", ["caregiver", "typos"]),
  u("bb034", "clinical_question", "", "My daughter got into the dishwasher pods and bit one, she's drooling and vomiting.", ["caregiver"]),

  // ── Fainting / unresponsive ──
  u("bb035", null, "", "My dad collapsed in the kitchen and he's not responding properly, breathing but won't wake up.", ["caregiver"]),
  u("bb036", null, "", "I passed out twice today and hit my head, still feel very confused."),
  u("bb037", "clinical_question", "Grandma", "Grandmother blacked out at the table and is now very drowsy and hard to wake.", ["caregiver"]),

  // ── Infant fever ──
  u("bb038", null, "Baby", "My 5 week old has a temperature of 38.4 and won't feed.", ["caregiver"]),
  u("bb039", "appointment", "newborn", "newborn feels very hot, temp 101, 3 weeks old, very sleepy. can we come in", ["caregiver", "typos"]),

  // ── Pregnancy ──
  u("bb040", null, "Pregnant", "I'm 28 weeks pregnant and I'm bleeding bright red, soaked a pad."),
  u("bb041", null, "", "34 weeks along and baby hasn't moved since yesterday evening, I've tried cold water and lying on my side."),
  u("bb042", "clinical_question", "", "pregnant 9 weeks and having heavy bleeding with bad cramps", ["typos"]),

  // ── Seizure ──
  u("bb043", null, "", "My wife just had a fit, shaking all over for about 5 minutes, she's never had one before.", ["caregiver"]),
  u("bb044", null, "Son", "My son is having a seizure right now and it won't stop, what do I do", ["caregiver"]),

  // ── Sudden worst headache ──
  u("bb045", null, "", "worst headache of my life came on suddenly like a thunderclap while I was lifting weights"),
  u("bb046", "clinical_question", "", "Sudden severe headache with a stiff neck and I can't stand the light. Also vomiting."),

  // ── Sepsis-like signs in the elderly ──
  u("bb047", null, "Mum", "My 86 year old mother has a UTI and today she is very confused, shivering, and her heart is racing. Not herself at all.", ["caregiver"]),
  u("bb048", null, "Father", "Dad (80) has a high fever, is breathing fast and is hardly responding to us, he seems to be getting worse by the hour.", ["caregiver"]),

  // ── Severe abdominal pain ──
  u("bb049", null, "", "Really bad pain in my stomach, worst ever, and I've been vomiting blood this morning."),
  u("bb050", null, "", "Severe pain low on the right side of my belly, can't stand up straight, fever and throwing up."),

  // ── Long, mixed and very short ──
  u("bb051", "medication_refill", "Refill and something else", "Hi, I need my atorvastatin and metformin refilled, I'm out on Friday. Also I wanted to mention that since last night I've had this heavy crushing feeling in my chest that comes and goes, and I get out of breath walking to the car. My wife thinks I'm overreacting. I'd rather just come in next week if that's ok with Dr Lee, I don't like to make a fuss.", ["long", "mixed"]),
  u("bb053", null, "", "cant breathe", ["typos"]),

  // ── Hard non-emergencies: negated, past, hypothetical, look-alike words ──
  m("bb101", "test_results", "Chest X-ray", "Are my chest X-ray results back from Tuesday?", "test_results", ["near_miss"]),
  m("bb102", "medication_refill", "", "Need a refill on my nebulizer solution for my breathing treatments, the albuterol vials.", "medication_refill", ["near_miss"]),
  m("bb103", "appointment", "Rehab", "I need to move my stroke rehab appointment to next week.", "appointment", ["near_miss"]),
  m("bb104", "clinical_question", "", "No chest pain or shortness of breath, just a dry cough for 2 weeks. Should I be concerned?", "clinical_question", ["near_miss"]),
  m("bb105", "clinical_question", "", "I had a heart attack in 2019 and I'm wondering if it's safe to start running again.", "clinical_question", ["near_miss"]),
  m("bb106", "records_forms", "Form", "The life insurance form asks if I've ever had suicidal thoughts. Can the doctor fill in that section?", "records_forms", ["near_miss"]),
  m("bb107", "medication_refill", "Nitro", "Refill for my nitroglycerin spray please, I haven't had to use it in months, just want a fresh one.", "medication_refill", ["near_miss"]),
  m("bb108", "clinical_question", "", "What are the warning signs of a stroke? My dad just turned 70 and I want to know what to watch for.", "clinical_question", ["near_miss", "caregiver"]),
  m("bb109", "medication_refill", "", "Refill on my seizure medicine keppra please, no seizures since last year.", "medication_refill", ["near_miss"]),
  m("bb110", "clinical_question", "Baby", "My 8 month old had a fever of 38.2 yesterday but it's gone today and she's eating fine. Do I need to bring her in?", "clinical_question", ["near_miss", "caregiver"]),
  m("bb111", "test_results", "", "Got my pregnancy bloods back, hcg 4500, is that normal at 5 weeks?", "test_results", ["near_miss"]),
  m("bb112", "billing", "Bill", "I was charged for the ambulance ride after I fainted last month, I think insurance should cover it.", "billing", ["near_miss"]),
  m("bb113", "records_forms", "", "Please send my records from the ER visit for my allergic reaction in March to the allergist.", "records_forms", ["near_miss"]),
  m("bb114", "clinical_question", "", "I'm not suicidal at all, but I've felt low since the winter. Could I try counselling?", "clinical_question", ["near_miss"]),
  m("bb115", "medication_refill", "EpiPen", "Need two new epipens for school, the old ones expire this month.", "medication_refill", ["near_miss"]),
  m("bb116", "clinical_question", "", "If my blood pressure ever goes above 180, should I go to the ER or call you?", "clinical_question", ["near_miss"]),
  m("bb117", "appointment", "", "Book a follow-up for my cardiac stress test please, the cardiologist asked for it.", "appointment", ["near_miss"]),
  m("bb118", "medication_refill", "", "Can I get more of the heartburn tablets, the chest burning after meals is much better on them.", "medication_refill", ["near_miss"]),
  m("bb119", "test_results", "ECG", "Did my ECG from the chest pain clinic come back normal?", "test_results", ["near_miss"]),
  m("bb120", "clinical_question", "", "My husband used to have seizures as a child. Should our kids be tested for epilepsy?", "clinical_question", ["near_miss"]),
  m("bb122", "clinical_question", "Bleeding gums", "My gums bleed a little when I floss. Is that something to mention to the doctor or just the dentist?", "clinical_question", ["near_miss"]),
  m("bb123", "clinical_question", "", "Mild wheezing when I run in the cold, fine at rest. Could I try an inhaler before exercise?", "clinical_question", ["near_miss"]),
  m("bb124", "records_forms", "Disability form", "Need the disability form completed for my husband, he had a stroke two years ago and still can't drive.", "records_forms", ["near_miss", "caregiver"]),
  m("bb125", "clinical_question", "", "Heart racing after too much coffee this morning but it settled after an hour. Should I cut back?", "clinical_question", ["near_miss"]),
  m("bb126", "medication_refill", "", "My blood thinner prescription (Eliquis) needs renewing.", "medication_refill", ["near_miss"]),
  m("bb127", "clinical_question", "Period", "My period is heavier than usual this month, changing a pad every 3-4 hours. I'm not pregnant. Is it worth a check?", "clinical_question", ["near_miss"]),
  m("bb128", "appointment", "", "Can I book my daughter in for her asthma review? She's been well, no attacks.", "appointment", ["near_miss", "caregiver"]),
  m("bb129", "clinical_question", "", "My mother passed out once last year from dehydration. She's been fine since. Should she still avoid saunas?", "clinical_question", ["near_miss", "caregiver"]),
  m("bb131", "test_results", "", "Results of my head CT after the fall? The ER said no bleed but I'd like the report.", "test_results", ["near_miss"]),
  m("bb132", "clinical_question", "", "Is it normal to feel a bit short of breath climbing stairs at 30 weeks pregnant? Otherwise all fine, baby kicking lots.", "clinical_question", ["near_miss"]),
  m("bb133", "medication_refill", "Migraine", "Refill my sumatriptan please, the usual migraines, nothing new.", "medication_refill", ["near_miss"]),
  m("bb134", "clinical_question", "", "What should I do if my son ever swallows a button battery? Just want to be prepared.", "clinical_question", ["near_miss", "caregiver"]),
  m("bb135", "records_forms", "", "School needs an allergy action plan for my daughter's anaphylaxis to nuts, signed by the doctor.", "records_forms", ["near_miss", "caregiver"]),
  m("bb136", "clinical_question", "", "I cut my finger chopping onions yesterday, it stopped bleeding right away but is it worth a tetanus shot?", "clinical_question", ["near_miss"]),
  m("bb137", "appointment", "", "I'd like to book an appointment about my panic attacks, they pass in a few minutes but they're getting more frequent.", "appointment", ["near_miss"]),
  m("bb138", "billing", "", "Why was I billed twice for the stroke screening ultrasound?", "billing", ["near_miss"]),
  m("bb139", "clinical_question", "Dizzy", "A bit dizzy when I stand up quickly since starting the new blood pressure pill, never fainted. Is this the tablets?", "clinical_question", ["near_miss"]),
  m("bb141", "clinical_question", "", "I read that a sudden severe headache can mean a brain bleed. I get normal tension headaches at work, is that anything to worry about?", "clinical_question", ["near_miss"]),
  m("bb142", "clinical_question", "Lice", "The lice shampoo says it will kill the eggs, do I need to use it twice on my kids?", "clinical_question", ["near_miss", "caregiver"]),
  m("bb143", "medication_refill", "", "Need more of my Breo inhaler. Breathing is good.", "medication_refill", ["near_miss"]),
  m("bb144", "other", "", "My brother-in-law is dying to know if you take new patients, he moved here last month.", "other", ["near_miss"]),
  m("bb145", "clinical_question", "", "This back pain is killing me, been 3 weeks, ibuprofen helps a bit. Physio or x-ray?", "clinical_question", ["near_miss"]),
  m("bb146", "appointment", "", "I need to come in to get the stitches out from when I cut my arm last week.", "appointment", ["near_miss"]),
  m("bb147", "clinical_question", "", "Baby is 4 months and has had a runny nose, no fever, feeding well. Ok to go to daycare?", "clinical_question", ["near_miss", "caregiver"]),
  m("bb148", "clinical_question", "Long question", "Hello, I had a small bleed from a hemorrhoid after a hard stool on the weekend, only a few streaks of bright red on the paper and it stopped straight away. I feel completely well, no dizziness or tummy pain, and it hasn't happened again. I'm 45 and have never had a colonoscopy. Should I book one, or is this common enough not to worry?", "clinical_question", ["near_miss", "long"]),

  // ── Ordinary requests ──
  m("bb201", "medication_refill", "Refill", "Please refill my levothyroxine 75 mcg, 90 day supply to CVS on Main St.", "medication_refill"),
  m("bb202", null, "", "running low on my sertraline, can you send a new script", "medication_refill"),
  m("bb203", "appointment", "", "Pharmacy says my amlodipine prescription expired, can the doctor renew it?", "medication_refill"),
  m("bb204", "medication_refill", "Meds for dad", "Dad needs his metformin and his statin refilled, he's away until the 20th.", "medication_refill", ["caregiver"]),
  m("bb205", "other", "", "Hello doctor, my cream for eczema is finish, please can you give me new one", "medication_refill", ["non_native"]),
  m("bb206", "appointment", "Reschedule", "Can I move my appointment on the 14th to the afternoon?", "appointment"),
  m("bb207", null, "", "Looking for a slot for my son's sports physical before August.", "appointment", ["caregiver"]),
  m("bb208", "other", "", "I'd like to book a telehealth visit to discuss my sleep problems.", "appointment"),
  m("bb209", "appointment", "cancel", "pls cancel my appt tomorow, something came up", "appointment", ["typos"]),
  m("bb210", "clinical_question", "Vaccines", "When can I come in for my second shingles shot?", "appointment"),
  m("bb211", "test_results", "Labs", "Are my cholesterol results in yet? I did the fasting blood test Monday.", "test_results"),
  m("bb212", null, "", "my vitamin D came back at 18, what does that mean, do I need supplements?", "test_results"),
  m("bb213", "clinical_question", "MRI", "Could someone explain my knee MRI report? It mentions a meniscal tear.", "test_results"),
  m("bb214", "test_results", "", "I saw my A1c is 7.2 in the portal, is that worse than last time?", "test_results"),
  m("bb215", "other", "Urine test", "Did the urine culture grow anything? They said 48 hours.", "test_results"),
  m("bb216", "clinical_question", "", "I've had a sore throat and a mild fever for three days. Should I be seen or just rest?", "clinical_question"),
  m("bb217", null, "Rash", "My daughter has a red itchy rash on her arms since we went camping. No fever. What can we put on it?", "clinical_question", ["caregiver"]),
  m("bb218", "clinical_question", "Side effect", "Since starting lisinopril I have a tickly cough. Is that from the tablet?", "clinical_question"),
  m("bb219", "appointment", "", "My knee has been swollen for a week after a fall, I can walk on it fine. Ice or heat?", "clinical_question"),
  m("bb220", "clinical_question", "", "Can I take ibuprofen with my blood pressure medicine?", "clinical_question"),
  m("bb221", "clinical_question", "Tired all the time", "For about two months I've been exhausted no matter how much I sleep. I go to bed at ten, wake up at seven and still need a nap after lunch. My appetite is normal and my weight hasn't changed, but my hair seems thinner and I'm always cold when others aren't. My sister has an underactive thyroid. Could this be the same thing, and what would you suggest?", "clinical_question", ["long"]),
  m("bb222", "billing", "Invoice", "I got a bill for $240 for my last visit but I have insurance, can you resubmit it?", "billing"),
  m("bb223", null, "", "How do I set up a payment plan for my outstanding balance?", "billing"),
  m("bb224", "other", "Copay", "Why was my copay higher this time? It's usually $20.", "billing"),
  m("bb225", "records_forms", "", "Please fax my daughter's immunization records to her new school.", "records_forms", ["caregiver"]),
  m("bb226", null, "Work note", "I need a sick note for work for Monday and Tuesday when I had the stomach bug.", "records_forms"),
  m("bb227", "other", "", "Can the doctor fill out my FMLA paperwork? I dropped it off Friday.", "records_forms"),
  m("bb228", "records_forms", "", "Requesting a copy of all my medical records from the last 5 years.", "records_forms"),
  m("bb229", "other", "", "What time do you close on Saturdays?", "other"),
  m("bb230", "other", "Address", "I moved, please update my address to 14 Elm Road.", "other"),
  m("bb231", null, "", "Thank you Dr. Patel for being so kind at my visit yesterday!", "other"),
  m("bb232", "other", "Portal", "I can't log in to the app, it keeps saying my password is wrong.", "other"),
  m("bb233", "medication_refill", "", "Please refill my inhaler. By the way I've had a cough that keeps me up at night for 3 weeks, should I be seen about it?", "clinical_question", ["mixed"]),
];
