import { m, type CorpusMessage } from './corpus-types';

/**
 * Mixed messages. When one part needs a clinician, the message goes to the physician (who can
 * answer all of it) and is labelled with that part; otherwise it is labelled with the main request.
 */
export const MIXED_MESSAGES: CorpusMessage[] = [
  m("mx001", "medication_refill", "refill", "refill my lisinopril and also my ankle is still swollen", "clinical_question", ["mixed"]),
  m("mx002", "medication_refill", "Refill + question", "Please refill my metformin. Also, is it normal that I get headaches since the dose went up?", "clinical_question", ["mixed"]),
  m("mx003", "appointment", "Appointment and results", "I need to reschedule my physical to next month. Also, could the doctor explain my thyroid results? The TSH looks high to me.", "test_results", ["mixed"]),
  m("mx004", "billing", "Bill and a question", "I have a question about my bill from May, I think I was charged twice. Separately, my rash from the last visit has come back and is spreading. Should I restart the cream?", "clinical_question", ["mixed"]),
  m("mx005", "records_forms", "Form + symptoms", "Can the doctor fill out my FMLA form? By the way the pain in my shoulder is getting worse and now my fingers tingle at night.", "clinical_question", ["mixed"]),
  m("mx006", "medication_refill", "Two things", "Two things: 1) I need a refill of my sertraline. 2) I've been feeling more down lately and wondering if the dose should be increased.", "clinical_question", ["mixed"]),
  m("mx007", "appointment", "", "Can I book my son's well visit for August? Also he's been wheezing at night for a week, is that something we should treat now?", "clinical_question", ["mixed", "caregiver"]),
  m("mx008", "medication_refill", "Refill and appointment", "Need a refill on my amlodipine and also want to schedule my 6 month check up. Thanks!", "medication_refill", ["mixed"]),
  m("mx009", "billing", "", "How much will the visit cost without insurance? And can I book it for next week?", "billing", ["mixed"]),
  m("mx010", "records_forms", "Records and refill", "Please send my records to Dr. Hall and send a 90 day refill of my atorvastatin to the new pharmacy.", "records_forms", ["mixed"]),
  m("mx011", "medication_refill", "refill", "i need my inhaler refilled and i have had a fever and green phlegm for 5 days, do i need antibiotics?", "clinical_question", ["mixed", "typos"]),
  m("mx012", "test_results", "Results + refill", "Did my A1c come back? I also need more test strips sent to the pharmacy.", "test_results", ["mixed"]),
  m("mx013", "appointment", "Appointment", "I want to cancel my appointment on Monday because I feel better. But one question: can I stop the antibiotic early now that the infection is gone?", "clinical_question", ["mixed"]),
  m("mx014", "medication_refill", "", "Mom needs her blood pressure pills refilled. She has also been having dizzy spells when she gets up in the morning, should we lower the dose?", "clinical_question", ["mixed", "caregiver"]),
  m("mx015", "other", "Address and refill", "I moved, my new address is 12 Oak Lane. Please also refill my levothyroxine at the CVS near my new place.", "medication_refill", ["mixed"]),
  m("mx016", "records_forms", "School note and fever", "My daughter needs a school note for missing 3 days. She still has a low fever and cough though, when can she go back?", "clinical_question", ["mixed", "caregiver"]),
  m("mx017", "billing", "Billing + records", "Can you send me an itemized bill and a copy of my visit notes for my insurance appeal?", "billing", ["mixed"]),
  m("mx018", "medication_refill", "Refill", "Refill on the omeprazole please. Separately, I noticed blood in my stool twice this week, not a lot. Should I be concerned?", "clinical_question", ["mixed"]),
  m("mx019", "appointment", "Physical and labs", "I'd like to schedule my annual physical and have my labs done before it so we can review them together.", "appointment", ["mixed"]),
  m("mx020", "medication_refill", "Refill + side effects", "Could you send a new prescription for my losartan? The old one has been making my feet swell, is there something else I could take?", "clinical_question", ["mixed"]),
  m("mx021", "test_results", "", "Hi, two questions. Are my MRI results in? And can I get a note for work for the day of the scan?", "test_results", ["mixed"]),
  m("mx022", "appointment", "Appt + cough", "need appt for the cough. been 3 weeks, coughing so much my ribs hurt and I can't sleep. also is it ok to take mucinex with my bp meds?", "clinical_question", ["mixed", "typos"]),
  m("mx023", "records_forms", "Forms", "Please complete the camp form for Ava and refill her allergy medicine (Zyrtec) before camp starts.", "records_forms", ["mixed", "caregiver"]),
  m("mx024", "medication_refill", "Refill and question for Dr", "I need refills for my insulin. My sugars have been dropping to 60 at night a few times, should we change the dose?", "clinical_question", ["mixed"]),
  m("mx025", "billing", "Payment and appointment", "I just paid my balance online. Can I now book my follow-up appointment? The front desk said I had to pay first.", "appointment", ["mixed"]),
  m("mx026", "appointment", "", "Hello, I want change my appointment to next Friday. And my leg is still hurt after the fall, it is swelling more. Is ok to wait?", "clinical_question", ["mixed", "non_native"]),
  m("mx027", "medication_refill", "Refill for dad + question", "Dad needs his Eliquis refilled. He also wants to know if he can have a glass of wine with it at the wedding.", "clinical_question", ["mixed", "caregiver"]),
  m("mx028", "other", "Portal and results", "I can't log in to the portal to see my results. Can you reset my password? And what did the ultrasound show?", "test_results", ["mixed"]),
  m("mx029", "records_forms", "Records", "Please send my immunization records to the school, and can you tell me if my son needs the meningitis booster this year?", "records_forms", ["mixed", "caregiver"]),
  m("mx030", "medication_refill", "refill", "Can you refill my albuterol? I'm doing great, no symptoms at all, just keeping a spare for the gym.", "medication_refill", ["near_miss"]),
];
