import type { MessageCategory } from '@carequeue/contracts';
import { pick, type Random } from './random';

export interface DemoMessage {
  category: MessageCategory;
  subject: string;
  body: string;
}

/**
 * Short, realistic portal messages for the demo and the simulator. The patient's chosen
 * category is sometimes wrong on purpose, as it is in real portals.
 */
export const DEMO_MESSAGES: readonly DemoMessage[] = [
  { category: 'medication_refill', subject: 'Refill lisinopril', body: 'Hi, I am almost out of my lisinopril 10 mg. Could you send a refill to the CVS on Main Street? Thank you.' },
  { category: 'medication_refill', subject: 'metformin refill pls', body: 'need a refill on metformin 500mg, pharmacy says no refills left. walgreens on 5th ave' },
  { category: 'medication_refill', subject: 'Inhaler', body: "My son's albuterol inhaler is empty and we leave for camp on Friday. Can you renew the prescription?" },
  { category: 'medication_refill', subject: 'Mail-order pharmacy', body: 'Express Scripts needs a new 90-day prescription for my atorvastatin 20 mg. They said they faxed a request last week.' },
  { category: 'appointment', subject: 'Annual physical', body: 'I would like to schedule my yearly physical. Mornings work best for me, any day except Wednesday.' },
  { category: 'appointment', subject: 'Reschedule Thursday visit', body: 'I have a work conflict on Thursday at 2pm. Can we move my appointment to next week?' },
  { category: 'appointment', subject: 'Follow up after ER', body: 'I was seen in the emergency room on Saturday for a kidney stone and they told me to follow up with my doctor within a week.' },
  { category: 'appointment', subject: 'Flu shot', body: 'Do you have flu shots available? I would like to bring my husband and myself in this month.' },
  { category: 'test_results', subject: 'Blood work results?', body: 'I had labs drawn on Monday. Are the results back yet and is there anything I should worry about?' },
  { category: 'test_results', subject: 'Cholesterol numbers', body: 'I saw my cholesterol results in the portal. The LDL is flagged high. What does this mean for me?' },
  { category: 'test_results', subject: 'Mammogram', body: 'The imaging center said my mammogram report was sent to you. Could someone let me know the result?' },
  { category: 'clinical_question', subject: 'Rash after new medication', body: 'I started amoxicillin three days ago and now have an itchy rash on my arms. No swelling or trouble breathing. Should I stop it?' },
  { category: 'clinical_question', subject: 'Blood pressure readings', body: 'My home readings have been around 150/95 for the last week even with the new dose. Should I change anything?' },
  { category: 'clinical_question', subject: 'Knee still swollen', body: 'It has been two weeks since I twisted my knee and it is still swollen in the evenings. Ice helps a little. Do I need an x-ray?' },
  { category: 'clinical_question', subject: 'Question about my mother', body: 'I am writing for my mother (she is 82). She has been more confused in the afternoons this week and is not drinking much. What should we do?' },
  { category: 'clinical_question', subject: 'Fever in my daughter', body: 'My daughter is 6 and has had a fever of 101 since yesterday with a sore throat. She is eating and drinking OK. Does she need to be seen?' },
  { category: 'clinical_question', subject: 'Side effects', body: 'Since starting sertraline I have had trouble sleeping. Is that normal and will it get better?' },
  { category: 'billing', subject: 'Bill for my visit', body: 'I received a bill for $240 for my visit in March but I thought my insurance covered preventive visits. Can you check?' },
  { category: 'billing', subject: 'Payment plan', body: 'Is it possible to set up a payment plan for my outstanding balance?' },
  { category: 'billing', subject: 'New insurance', body: 'I changed jobs and have new insurance starting this month. How do I send you the card?' },
  { category: 'records_forms', subject: 'School form', body: 'My son needs his school physical form and immunization record signed before September. Can I pick it up?' },
  { category: 'records_forms', subject: 'Records to new specialist', body: 'Please send my last two years of records to Dr. Alvarez at Lakeside Cardiology. I signed the release at the front desk.' },
  { category: 'records_forms', subject: 'FMLA paperwork', body: 'My employer needs FMLA forms completed for my surgery next month. Who should I send them to?' },
  { category: 'other', subject: 'Parking', body: 'Is the parking garage open on Saturdays? I have a lab appointment early in the morning.' },
  { category: 'other', subject: 'Thank you', body: 'Just wanted to say thank you to the nurse who helped me last week. She was very kind.' },
  { category: 'appointment', subject: 'need refill and appt', body: 'Can I get a refill of my levothyroxine and also make an appointment to recheck my thyroid levels?' },
  { category: 'other', subject: 'Question', body: 'how do i change my pharmacy in the portal? i moved to a new address' },
  { category: 'clinical_question', subject: 'Chest pressure', body: 'Since this morning I have had pressure in my chest and I get short of breath walking to the car. Is this something to worry about?' },
  { category: 'appointment', subject: 'Appointment for my dad', body: 'Can my father be seen today? His speech is slurred and the left side of his face is drooping since lunch.' },
  { category: 'clinical_question', subject: 'Vaccines before travel', body: 'I am traveling to Kenya in two months. Which vaccines do I need and can you give them here?' },
];

export function demoMessage(random: Random): DemoMessage {
  return pick(random, DEMO_MESSAGES);
}
