import { m, u, type CorpusMessage } from './corpus-types';

/**
 * Held-out messages, written after the engine was built and NOT used to tune it: the accuracy on
 * this set is the honest estimate for unseen messages (see the README for the figures).
 */
export const HOLDOUT: readonly CorpusMessage[] = [
  // Refills
  m("ho001", "medication_refill", "Meds", "Hi, could you renew the script for my losartan? Down to my last week of tablets.", "medication_refill"),
  m("ho002", "other", "", "my mail order pharmacy needs a new rx for the jardiance, they sent you a fax on tuesday", "medication_refill"),
  m("ho003", "medication_refill", "Cetirizine", "Hello, I would like more of the allergy tablets please, spring is here. Same pharmacy.", "medication_refill"),
  m("ho004", "appointment", "Pills", "Dear doctor, I finish my pills for thyroid. Please send to pharmacy. Thank you", "medication_refill", ["non_native"]),
  m("ho005", "medication_refill", "Insulin pens", "Need more Humalog pens, the pharmacy said the prescription ran out of refills.", "medication_refill"),
  m("ho006", "medication_refill", "Rx for Mum", "My mum's warfarin needs renewing, she's got 5 days left. She uses Boots on the high street.", "medication_refill", ["caregiver"]),
  m("ho007", "medication_refill", "", "could the doctor re-up my birth control? it's the same one I've been on for years", "medication_refill"),
  m("ho008", "medication_refill", "Refill", "Refill for my son's EpiPen Jr please, the one at school expired. He's fine, no reactions.", "medication_refill", ["caregiver", "near_miss"]),
  m("ho009", "clinical_question", "CPAP supplies", "My CPAP mask and tubing need replacing, the supplier needs a new order from Dr. Hayes.", "medication_refill"),
  m("ho010", "medication_refill", "Stop request", "Please send a refill of my Zoloft 100mg. Also I've been sleeping badly since the dose went up, is that a side effect?", "clinical_question", ["mixed"]),
  m("ho011", "medication_refill", "refills", "can u send refills on my inhalers before the weekend, no breathing problems just low", "medication_refill", ["near_miss", "typos"]),

  // Appointments
  m("ho012", "appointment", "Book", "I'd like to book in for a smear test sometime next month, ideally a Friday morning.", "appointment"),
  m("ho013", "appointment", "", "Need to push my Monday appt back a week, my car is in the shop.", "appointment"),
  m("ho014", "clinical_question", "Ear wax", "Can I come in to get my ears cleaned out? They feel blocked again.", "appointment"),
  m("ho015", "appointment", "Visit for my daughter", "Is there anything available this week for my daughter's 12 month checkup and shots?", "appointment", ["caregiver"]),
  m("ho016", "appointment", "video", "Could I do a virtual visit instead of coming in on Wednesday? I'm travelling for work.", "appointment"),
  m("ho017", "other", "Dermatology", "How do I get referred to a dermatologist? I have a spot on my nose I want checked.", "appointment"),
  m("ho018", "appointment", "Cancel", "Hi, please cancel Thursday's 3:45 with Dr Khan. I will call to rebook. Sorry for the short notice.", "appointment"),
  m("ho019", "appointment", "earlier?", "Is there any way to get in sooner than June? The earliest I was offered is 7 weeks out.", "appointment"),
  m("ho020", "appointment", "", "Hola, I want appointment for my husband, he need check his blood pressure. Any day after 4pm please.", "appointment", ["non_native", "caregiver"]),
  m("ho021", "appointment", "Annual", "Time for my yearly physical. Can I also get my cholesterol checked at the same visit?", "appointment"),
  m("ho022", "appointment", "Flu jab", "When are you doing flu jabs this year? Can I just drop in?", "appointment"),
  m("ho023", "appointment", "Follow-up", "Dr. Ortiz wanted to see me 2 weeks after starting the new medication. Can I schedule that?", "appointment"),

  // Test results
  m("ho024", "test_results", "Bloods", "Have my bloods come back from last Thursday? The portal still says pending.", "test_results"),
  m("ho025", "test_results", "", "what does it mean that my ferritin is 9? the report has it in red", "test_results"),
  m("ho026", "test_results", "Ultrasound", "Got the ultrasound report of my gallbladder online. It says sludge. Is that serious?", "test_results"),
  m("ho027", "clinical_question", "Thyroid numbers", "My TSH went down to 0.2 after the dose change. Is that too low now?", "test_results"),
  m("ho028", "test_results", "Scan", "Any news from my CT of the abdomen? It's been over a week and I'm anxious.", "test_results"),
  m("ho029", "test_results", "Urine test", "My son did the urine sample Monday for the UTI. Did it grow anything? Does he need a different antibiotic?", "test_results", ["caregiver"]),
  m("ho030", "test_results", "", "Hi the lab called and said my vitamin B12 was low, but nobody told me what to do next.", "test_results"),
  m("ho031", "test_results", "Heart test results", "I did the echo and the treadmill stress test. Did the cardiologist send you the results?", "test_results"),
  m("ho032", "test_results", "Mammo", "I got called back after my mammogram for more pictures. Was something found?", "test_results"),
  m("ho033", "test_results", "Pathology", "Results from the mole you removed? I'm going on holiday Saturday and would like to know before.", "test_results"),

  // Clinical questions
  m("ho034", "clinical_question", "Cough", "Three weeks of a tickly cough, worse at night, no temperature. Do I need to be seen or can I wait it out?", "clinical_question"),
  m("ho035", "clinical_question", "", "Is it okay to drink alcohol while on metronidazole? I have a wedding on Saturday.", "clinical_question"),
  m("ho036", "clinical_question", "Toddler diarrhoea", "My 2 year old has had runny poo for 3 days. Still drinking and wetting nappies. Anything I should do?", "clinical_question", ["caregiver"]),
  m("ho037", "appointment", "knee", "My knee gives way going downstairs since I twisted it skiing. Should I be resting it or exercising it?", "clinical_question"),
  m("ho038", "clinical_question", "Mood", "I have been feeling very low and unmotivated for a couple of months, crying a lot. I'm safe, I just need help.", "clinical_question"),
  m("ho039", "clinical_question", "Hot flushes", "The hot flushes are waking me up every night. What are my options? I'm 52.", "clinical_question"),
  m("ho040", "clinical_question", "", "I think I have another yeast infection. Can the doctor send something or do I need a visit?", "clinical_question"),
  m("ho041", "clinical_question", "Blood pressure meds", "I'm getting lightheaded when I stand up since starting amlodipine. Should I take it at night instead?", "clinical_question"),
  m("ho042", "clinical_question", "Eye", "Woke up with a red, gritty eye, a bit of yellow goo. Contact lens wearer. What should I do?", "clinical_question"),
  m("ho043", "clinical_question", "Shingles vaccine question", "I had shingles last year. Do I still need the vaccine?", "clinical_question"),
  m("ho044", "clinical_question", "Dad's legs", "My father's legs are more swollen than usual this week and he's more tired. He has heart failure. He is breathing ok. Should we increase his water pill?", "clinical_question", ["caregiver", "near_miss"]),
  m("ho045", "clinical_question", "Question", "Doctor, my stomach is burning after I eat spicy food, and I wake up with sour taste. It is ulcer?", "clinical_question", ["non_native"]),
  m("ho046", "clinical_question", "Lump", "Found a small pea-sized lump on the side of my neck. Not painful. Had a cold last week. Should I worry?", "clinical_question"),
  m("ho047", "clinical_question", "", "Can I give my 4 year old ibuprofen and paracetamol together for her ear pain?", "clinical_question", ["caregiver"]),
  m("ho048", "clinical_question", "Sleep", "I've been waking at 3am every night and can't get back to sleep. Would melatonin be safe with my other medicines?", "clinical_question"),
  m("ho049", "clinical_question", "Rash after antibiotics", "I've got an itchy red rash on my chest and back since starting the amoxicillin. No swelling, breathing fine. Stop it?", "clinical_question", ["near_miss"]),

  // Billing
  m("ho050", "billing", "Invoice", "I received an invoice for £85 for a letter. I wasn't told there would be a charge.", "billing"),
  m("ho051", "billing", "", "why does my bill say I owe $310 when my insurance was supposed to cover the visit", "billing"),
  m("ho052", "other", "Payment", "Can I pay what I owe in instalments? Money is tight this month.", "billing"),
  m("ho053", "billing", "Claim", "United says you submitted the claim with the wrong date of service. Can you resubmit it?", "billing"),
  m("ho054", "billing", "Prices", "What do you charge for a travel consultation if I'm paying myself?", "billing"),
  m("ho055", "billing", "Refund please", "I paid twice at check-in by mistake, once by card and once by cash. Could I get one refunded?", "billing"),
  m("ho056", "billing", "", "Got a statement for my daughter's visit but she's on my husband's plan, not mine. Please rebill.", "billing", ["caregiver"]),
  m("ho057", "billing", "Account", "There's a late fee on my account but I set up autopay in March. Please remove it.", "billing"),

  // Records and forms
  m("ho058", "records_forms", "Form", "My employer needs the doctor to complete a fitness-for-duty form. Can I email it over?", "records_forms"),
  m("ho059", "records_forms", "Letter", "Could Dr. Bell write a short letter saying I can't fly for 6 weeks after my surgery? The airline wants it.", "records_forms"),
  m("ho060", "records_forms", "", "please send my vaccination history to the university health office, they need it by friday", "records_forms"),
  m("ho061", "records_forms", "Sick note", "I was off work with a bad back Monday to Wednesday. Can I get a sick note?", "records_forms"),
  m("ho062", "other", "Records", "I'm switching to a clinic closer to home. How do I get my whole chart sent over?", "records_forms"),
  m("ho063", "records_forms", "School", "The school wants a doctor to sign that my son can carry his inhaler in class. Form attached.", "records_forms", ["caregiver"]),
  m("ho064", "records_forms", "Blue badge", "I'm applying for a disabled parking badge, the council needs supporting information from my GP.", "records_forms"),
  m("ho065", "records_forms", "Insurance paperwork", "My travel insurance needs the doctor to fill in a medical declaration about my diabetes.", "records_forms"),

  // Other
  m("ho066", "other", "Thanks!", "Just wanted to say thank you to the nurse who took my blood today, she was brilliant with my needle phobia.", "other"),
  m("ho067", "other", "", "I moved house, new address is Flat 2, 18 Mill Road. Phone number is the same.", "other"),
  m("ho068", "other", "Login", "The app keeps logging me out and I can't see my messages. Can someone help?", "other"),
  m("ho069", "other", "Parking", "Is the car park at the surgery free or do I need coins?", "other"),
  m("ho070", "other", "Complaint", "The receptionist was quite rude to my elderly mother on the phone yesterday. I'd like this looked into.", "other", ["caregiver"]),

  // Emergencies
  u("ho071", "clinical_question", "Chest", "Tight chest and pain spreading to my jaw for 30 minutes. Feel sick and clammy.", []),
  u("ho072", "appointment", "appointment please", "Can I see someone today, I'm really struggling to breathe and my inhaler does nothing.", []),
  u("ho073", "other", "Help", "I can't cope anymore and I've been looking up ways to kill myself.", []),
  u("ho074", "clinical_question", "My wife", "My wife's speech is suddenly slurred and the left side of her mouth is drooping. She is 71.", ["caregiver"]),
  u("ho075", "clinical_question", "", "Baby is 5 weeks old and her temperature is 38.2, she's floppy and not feeding.", ["caregiver"]),
  u("ho076", "medication_refill", "Tablets", "I've taken the whole packet of my paracetamol about an hour ago. I'm scared.", []),
  u("ho077", "clinical_question", "Allergy", "Stung by a wasp, now my tongue feels thick and my throat is closing up.", []),
  u("ho078", "clinical_question", "Bleeding", "I'm 14 weeks pregnant and passing clots and bright red blood.", []),
  u("ho079", "clinical_question", "Fit", "My son is having a fit right now and it's been going for 5 minutes, what do I do?", ["caregiver"]),
  u("ho080", "billing", "Sorry wrong place", "Sorry to use the billing box. My dad collapsed and isn't waking up properly.", ["caregiver"]),
  u("ho081", "clinical_question", "Blood", "I've been vomiting blood this morning and feel faint.", []),
  u("ho082", "clinical_question", "chest pressure", "pressure on my chest like someone standing on it, sweating, left arm numb", ["typos"]),
  u("ho083", "test_results", "Results + help", "I was going to ask about my results but I suddenly can't see out of my right eye and my arm is weak.", []),
  u("ho084", "clinical_question", "", "Nosebleed for over 40 minutes and it won't stop even pinching it. I'm on blood thinners.", []),

  // Near misses
  m("ho085", "clinical_question", "Old stroke", "I had a mini stroke in 2018 and have been fine since. Can I come off the clopidogrel?", "clinical_question", ["near_miss"]),
  m("ho086", "test_results", "ECG", "The ECG they did for my chest pain last month, was it normal? No pain since.", "test_results", ["near_miss"]),
  m("ho087", "clinical_question", "Breathing exercises", "The physio gave me breathing exercises for my anxiety. Are there any apps you'd recommend?", "clinical_question", ["near_miss"]),
  m("ho088", "records_forms", "Form", "The gym form asks if I've ever fainted or had chest pain. I haven't. Can the doctor sign it anyway?", "records_forms", ["near_miss"]),
  m("ho089", "clinical_question", "", "My father died of a heart attack at 58. Should I be on a statin? My cholesterol is borderline.", "clinical_question", ["near_miss"]),
  m("ho090", "clinical_question", "Suicide prevention", "Where can my teenager find suicide prevention resources for a school project? She's fine, just researching.", "clinical_question", ["near_miss", "caregiver"]),
  m("ho091", "appointment", "Follow up", "Booking a follow up for my seizure meds review, no seizures since the spring.", "appointment", ["near_miss"]),
  m("ho092", "clinical_question", "Pregnant", "I'm 8 weeks pregnant, no bleeding or pain, but very tired and sick. Is it safe to take Gaviscon?", "clinical_question", ["near_miss"]),
];
