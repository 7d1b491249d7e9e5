/**
 * HOLDOUT_SEALED_E: 150 messages (50 emergencies, 50 near misses, 50 ordinary requests, 10 of them
 * mixed), written blind on 2026-12-05 by a helper who read only the labelling rules, and sealed:
 * nobody tuning the engine opened it until its one measurement.
 *
 * MEASURED ONCE (2026-12-05, after every change of that day up to commit 97aa262): category 91.3%,
 * emergency recall 78.0% (39/50), precision 84.8% (7 false alarms). That is the honest estimate
 * for unseen messages. Then tuned on as wording families (a sentence too breathless to finish, one
 * side's hand and leg, an attempt told the next day, a gun to use on oneself, a nosebleed over an
 * hour, a pill organizer, "20 of my trazodone", a pod bitten into, "overdone the Tylenol", a high
 * post-operative fever with confusion; look-alikes: "after her stroke", "suicide risk screening",
 * "thought I was having a heart attack", breathing through a mask, heartburn gone after Tums):
 * 95.3%, 100% / 98.0%. A regression guard from then on, no longer an estimate.
 */
import { m, u, type CorpusMessage } from './corpus-types';

export const HOLDOUT_SEALED_E: readonly CorpusMessage[] = [
  // ---------------------------------------------------------------------------
  // se001–se050: EMERGENCIES
  // ---------------------------------------------------------------------------

  // chest pain / pressure
  u('se001', 'appointment', "need appt today", "Hi, can I get in this afternoon? Ive had this heavy squeezing feeling in the middle of my chest for about 40 min, going into my left arm and jaw. Kinda sweaty and sick to my stomach. Took a Tums didnt help.", ['typos']),
  u('se002', null, "My father", "My dad (78) is saying his chest feels tight like a band around it ever since he got up from his nap, he's pale and kind of short of breath. He has a stent from 2015. Should I bring him in to you guys or what?", ['caregiver']),
  u('se003', 'other', "help husband", "Doctor please, my husband have very strong pain in chest since one hour, he say it is like elephant sit on him, he is sweating much and look grey. What we do?", ['caregiver', 'non_native']),
  u('se004', 'medication_refill', "atorvastatin", "Refill on atorvastatin 40 please to the Walgreens on Elm. Also fyi I've been having chest pressure on and off all morning, it's there right now while I'm typing this, and my left arm feels heavy. Probably just stress from work, sorry to bother.", ['mixed']),

  // trouble breathing
  u('se005', null, "", "cant breathe good. asthma inhaler not working, used it like 6 times in the last hour, can only get a few words out at a time", ['typos']),
  u('se006', 'clinical_question', "Son breathing fast", "My son is 4 and he's breathing really fast, the skin between his ribs is sucking in with every breath and he's making a whistling noise. He's had a cold for 2 days and got worse tonight. Can someone call me back?", ['caregiver']),
  u('se007', 'medication_refill', "nebulizer", "I have COPD and tonight I am so short of breath I cant lie down or even walk to the bathroom without stopping. Fingers and lips feel tingly. Is there a nebulizer dose I can go up on, or can you send a stronger one?", []),
  u('se008', 'appointment', "mother", "Hello, my mother 70 years, she cannot take the air, breathing very hard since this morning, she sit on chair leaning forward and cannot say one sentence. Please advise what to do", ['caregiver', 'non_native']),

  // stroke signs
  u('se009', null, "wife acting strange", "My wife's face looks droopy on the right side and her words are coming out all jumbled. Started maybe 20 minutes ago. She says she's fine and just wants to lie down. Is this something?", ['caregiver']),
  u('se010', 'other', "weird numbness", "weird thing, my left hand and left leg went numb and weak about an hour ago and still is. Cant grip my coffee cup, keep dropping it. Im 62. do I need to see someone this week?", ['typos']),
  u('se011', 'clinical_question', "eye", "Suddenly can't see out of my right eye, like a dark curtain came down over it. Started at lunch, maybe 2 hours ago. No pain at all. Is this an eye doctor thing or do I come to you?", []),
  u('se012', null, "Grandma", "Grandma (84) is suddenly confused this evening, doesn't know what year it is or who my husband is, and her speech is slurred. She was totally normal at breakfast. No fall that we know of. Could it be a UTI? Can we bring her Monday?", ['caregiver']),

  // suicidal / homicidal
  u('se013', 'other', "", "I don't want to be here anymore. I've been saving up my pills for weeks and I think tonight is the night. I'm only writing this because my counselor once said to tell someone.", []),
  u('se014', 'medication_refill', "sertraline", "Can you refill my sertraline. honestly doesnt matter much, I have a plan to end things this weekend and I already wrote letters to my kids. just need it sent so my wife doesnt ask", ['mixed', 'typos']),
  u('se015', null, "my daughter", "My 16 year old told me an hour ago that she tried to hang herself in her closet last night and it didn't work. She has a red mark on her neck. She's in her room now. I don't know what to do, please tell me what to do", ['caregiver']),
  u('se016', 'clinical_question', "sad", "I am very sad since long time and nothing help. Now I have the gun of my husband in my drawer and I think every day to use it on myself. Today more strong. I do not know who to tell.", ['non_native']),
  u('se017', 'other', "need to talk to somebody", "I need to talk to somebody. I keep thinking about killing my neighbor, I know when he gets home and I've got my rifle loaded by the door. I'm not joking this time, I'm scared of what I'll do tonight.", []),

  // severe bleeding
  u('se018', null, "", "cut my hand on the table saw, blood soaked thru 3 towels and its still spurting when i lift the towel. wife is driving me but which urgent care is open??", ['typos']),
  u('se019', 'billing', "question about statement + nosebleed", "Hi, I had a question about my last statement but that can wait. I'm on Eliquis and I've had a nosebleed going for over an hour, pinching my nose hasn't helped at all, I've filled half a mixing bowl and now I'm starting to feel lightheaded.", ['mixed']),
  u('se020', 'clinical_question', "heavy period", "My period is insanely heavy today. I'm soaking through a super pad plus a tampon every 20 minutes for the last 3 hours and passing clots bigger than a golf ball. I feel like I might pass out when I stand. Not pregnant. Is there a pill that stops it?", []),

  // allergic reaction / anaphylaxis
  u('se021', null, "shrimp", "Ate shrimp at a work lunch, now my lips and tongue are swelling up and my throat feels tight and scratchy. took 2 benadryl 15 min ago, not better. I don't have an epipen", []),
  u('se022', 'clinical_question', "bee sting benadryl dose", "My toddler got stung by a bee 10 minutes ago and now he has hives all over his body and his eyes and lips are puffing up and he keeps coughing. What dose of benadryl for 28 lbs??", ['caregiver']),
  u('se023', 'medication_refill', "amoxicillin", "started the amoxicillin this morning, now my face is swelling up and it's getting kind of hard to swallow and to breathe. should I just stop it and can you send a different antibiotic to my pharmacy?", []),

  // overdose / poisoning
  u('se024', null, "pills", "My 2 year old got into my mother's pill organizer while we weren't looking, not sure how many are missing. There was metoprolol and her diabetes pills (glipizide) in there. He seems really sleepy now. Is that normal or just nap time?", ['caregiver']),
  u('se025', 'other', "", "i took like 20 of my trazodone on purpose about an hour ago. i'm scared now. feeling really dizzy and my heart is doing weird things", []),
  u('se026', 'clinical_question', "detergent", "my daughter (3) bit into one of the dishwasher detergent pods and swallowed some, she's drooling a lot and crying and threw up once. her mouth looks red inside", ['caregiver']),
  u('se027', 'clinical_question', "tylenol for tooth", "Think I might have overdone the Tylenol. I've been taking 2 extra strength every 3 hours for a bad tooth since Friday, plus NyQuil at night. Today I'm really nauseous, threw up, and my right upper side hurts. Is that from the tooth infection?", []),

  // fainting / loss of consciousness
  u('se028', 'appointment', "passed out", "I passed out in the shower this morning, hit my shoulder on the way down. woke up on the floor, not sure how long I was out. Still feel woozy and my heart is racing right now. Can I get an appointment next week?", []),
  u('se029', null, "Mom", "Mom blacked out at the dinner table just now, she was out for maybe a minute. Now she's awake but very pale, clammy and not really making sense. She's on blood pressure meds. What should we do?", ['caregiver']),
  u('se030', 'clinical_question', "wife faint", "my wife fall down faint in the kitchen 30 minute ago, she is pregnant 6 months, now she wake up but she say her head spin and she see black spots. she say dont worry but i worry", ['caregiver', 'non_native', 'typos']),

  // fever in a baby under 3 months
  u('se031', 'clinical_question', "6 week old fever", "My baby is 6 weeks old and her temp is 100.8 rectal. She's eating a bit less than usual. Can I give infant Tylenol and just watch her overnight?", ['caregiver']),
  u('se032', null, "", "newborn (3 weeks) feels hot, thermometer said 38.3. hes very sleepy and not latching well since this afternoon", ['caregiver', 'typos']),
  u('se033', 'appointment', "sick visit for Mia", "Hi can we get a sick visit tomorrow morning for Mia? She's 2 months old, she's had a fever of 101 since this afternoon and she's fussier than usual. Thanks!", ['caregiver']),

  // bleeding in pregnancy
  u('se034', 'appointment', "OB question", "I'm 9 weeks pregnant and started bleeding bright red this morning with bad cramping, now I'm soaking pads. Should I wait for my OB appointment on Thursday or is there something sooner?", []),
  u('se035', null, "", "32 weeks pregnant, just noticed blood running down my leg, no pain really. partner is at work. what do i do", ['typos']),
  u('se036', 'clinical_question', "pregnancy", "I am pregnant 20 weeks, today bleeding come from down there and belly pain very strong. Is this normal thing in pregnancy? I wait for my husband come home.", ['non_native']),

  // other emergencies
  u('se037', null, "husband", "my husband just had a seizure on the couch, shaking all over for like 3 min, now he's awake but really out of it and not making sense. he's never had one before. he's 45", ['caregiver']),
  u('se038', 'clinical_question', "headache", "Out of nowhere while lifting at the gym I got the worst headache of my life, like being hit with a bat in the back of my head. Threw up twice. That was 2 hours ago and it isn't letting up at all. Can I take something stronger than Advil?", []),
  u('se039', 'clinical_question', "after surgery", "Sorry for the long message. I had my gallbladder out last Tuesday and things were fine at first. Since last night I've had fever up to 103.5, shaking chills under three blankets, my heart is pounding like 130 when I check my watch, and my wife says I'm not making sense when I talk. I feel really weak and dizzy and I haven't peed much today. One of the incisions is red and hot and leaking cloudy stuff. The surgeon's office is closed for the weekend so I thought I'd message you. Should I call on Monday?", ['long']),
  u('se040', 'other', "son home from college", "My son came home from college for break. He has a high fever, says his neck is too stiff to look down, light hurts his eyes and he now has purple spots on his legs that don't fade when I press a glass on them. He's very drowsy.", ['caregiver']),
  u('se041', 'appointment', "appt monday?", "severe pain lower right belly since last night, now my stomach is hard as a board and I can't stand up straight, fever 102 and throwing up. can i get an appt monday?", ['typos']),
  u('se042', null, "Dad fell", "My dad slipped on the ice this morning and hit his head on the step. He takes warfarin. He seemed ok at first but now he's thrown up twice and keeps asking the same questions over and over.", ['caregiver']),
  u('se043', 'clinical_question', "black poop", "Been pooping black tarry stuff since yesterday and this morning I threw up something that looked like coffee grounds. Dizzy when I stand up. I take a lot of ibuprofen for my back. Is it the iron pills? (I don't take iron)", []),
  u('se044', 'medication_refill', "test strips", "Can you send more test strips, I'm running low. also my sugar is 42 right now, I'm shaky and sweaty and can't see straight, had juice 10 min ago and it's not coming up. type 1. home alone", ['mixed']),
  u('se045', null, "embarrassing question", "My 14 yo son woke up about two hours ago with sudden really bad pain in one testicle, it's swollen and sitting higher and he's vomiting from the pain. Embarrassing to write but is this something that can wait for Monday?", ['caregiver']),
  u('se046', 'clinical_question', "baby not moving", "36 weeks and I haven't felt the baby move at all since last night. Tried cold water, sugar, lying on my left side, nothing. Is it normal for them to slow down near the end?", []),
  u('se047', 'test_results', "pulse ox reading", "I have covid (tested positive Tuesday) and my pulse oximeter keeps reading 86-88% even after resting. Getting winded just talking on the phone. Is that number ok or should I get a new oximeter?", []),
  u('se048', null, "grandpa choked", "grandpa choked on a piece of meat about 20 min ago, we got it out but now he's wheezing and coughing nonstop and his lips look kind of bluish. he says he's fine", ['caregiver']),
  u('se049', 'clinical_question', "flu going around?", "Whole family has headaches and nausea since this morning, the kids are super sleepy and hard to wake up and the dog is acting weird too. We just turned the furnace on for the first time this year. Is there a flu going around?", ['caregiver']),
  u('se050', null, "", "our 8 month old has had vomiting and diarrhea for 2 days, no wet diaper since yesterday evening, she's really floppy and her soft spot looks sunken, no tears when she cries", ['caregiver']),

  // ---------------------------------------------------------------------------
  // se051–se100: NEAR MISSES
  // ---------------------------------------------------------------------------
  m('se051', 'clinical_question', "sore throat", "Sore throat and ear ache for 3 days. No fever, no trouble breathing or swallowing. Do I need to come in or just ride it out?", 'clinical_question', ['near_miss']),
  m('se052', 'other', "", "Can I get my chest xray results from Tuesday? the radiology place said they sent them over to you", 'test_results', ['near_miss']),
  m('se053', 'appointment', "annual f/u", "Need to schedule my yearly follow up with Dr. Patel, the one she wanted after my stroke in 2021. Mornings are best.", 'appointment', ['near_miss']),
  m('se054', 'medication_refill', "EpiPen", "EpiPen refill please, the two-pack. Mine expire next month. Same pharmacy as before.", 'medication_refill', ['near_miss']),
  m('se055', 'other', "WHAT", "This $1,200 bill is giving me a heart attack. Why was my physical coded as a diagnostic visit? Please explain or fix.", 'billing', ['near_miss']),
  m('se056', null, "", "dying to know my cholesterol numbers lol it's been a week since the blood draw", 'test_results', ['near_miss']),
  m('se057', 'clinical_question', "warning signs", "My dad had a stroke last year and is living with us now. What are the warning signs I should watch for so I know when to call 911?", 'clinical_question', ['near_miss', 'caregiver']),
  m('se058', 'medication_refill', "new med question", "Starting the new antidepressant Dr. Lee prescribed. The leaflet says it can cause suicidal thoughts in young adults and I'm 23. Should I be worried? I feel fine, just asking before I start.", 'clinical_question', ['near_miss']),
  m('se059', 'other', "ambulance bill", "Got a bill for the ambulance ride from back in March. Is that something your office bills or do I call the ambulance company? Also I think I was charged twice for the ER follow-up visit with you.", 'billing', ['near_miss']),
  m('se060', 'appointment', "", "Lately I get a little winded going up 2 flights of stairs at work, catch my breath after a minute. I'm 55 and honestly out of shape. Worth a checkup or is this just age?", 'clinical_question', ['near_miss']),
  m('se061', 'clinical_question', "heartburn", "Had some burning in my chest after a big spicy dinner last Saturday, gone after a couple Tums and nothing since. Should I mention it at my physical in January or not worth it?", 'clinical_question', ['near_miss']),
  m('se062', 'records_forms', "records for DMV", "I need a copy of my ER records from the seizure back in 2018 for my DMV medical form. I've been seizure-free for over 5 years and off meds.", 'records_forms', ['near_miss']),
  m('se063', null, "fever", "My 5 year old has had a 100.2 fever since yesterday with a runny nose, but she's eating and playing and bouncing off the walls. When should I worry?", 'clinical_question', ['near_miss', 'caregiver']),
  m('se064', 'clinical_question', "allergy testing", "Can we schedule a visit to talk about getting Noah allergy tested? He broke out in hives after peanut butter back in August, was fine after Benadryl.", 'appointment', ['near_miss', 'caregiver']),
  m('se065', 'medication_refill', "nitro", "Refill nitroglycerin tabs please. Haven't needed one in over a year but the bottle is expired and my cardiologist said to always carry them.", 'medication_refill', ['near_miss']),
  m('se066', 'test_results', "Holter", "Did the Holter monitor show anything? I wore it after the fainting spells I had in October, haven't had any since.", 'test_results', ['near_miss']),
  m('se067', 'other', "thank you!!", "Thank you to the nurse who talked me through my panic attack last month. I really thought I was having a heart attack. Feeling much better now with the therapy. Please pass it on!", 'other', ['near_miss']),
  m('se068', 'appointment', "ankle", "Twisted my ankle playing soccer yesterday, it's swollen and bruised but I can walk on it. No numbness. Is ice and Advil enough or do I need an x-ray?", 'clinical_question', ['near_miss']),
  m('se069', 'other', "return to work", "Work needs a note clearing me to come back after my heart attack in September. The cardiologist already cleared me at my visit last week.", 'records_forms', ['near_miss']),
  m('se070', null, "", "Cough for about a week, some yellow phlegm. no fever, no shortness of breath, just annoying. Do I need antibiotics?", 'clinical_question', ['near_miss']),
  m('se071', 'billing', "CT denied", "Why did my insurance deny the CT scan for my headaches? I was told it was preapproved. Now they want $2,300 from me.", 'billing', ['near_miss']),
  m('se072', 'medication_refill', "seizure med", "I need more of my seizure med (levetiracetam 500 mg). I'll run out on Sunday. Please don't let me run out!!", 'medication_refill', ['near_miss']),
  m('se073', 'test_results', "stress test", "My stress test came back and the report says no evidence of ischemia. Does that mean the chest pains I had last spring weren't my heart?", 'test_results', ['near_miss']),
  m('se074', 'other', "button batteries", "If my kid ever swallows one of those button batteries what should we do? We have them in everything and I'm a little paranoid.", 'clinical_question', ['near_miss', 'caregiver']),
  m('se075', 'other', "address change", "I swear your phone tree is going to give me a stroke. 25 minutes on hold just to change my address. New address is 14 Birch Lane, Apt 2.", 'other', ['near_miss']),
  m('se076', 'appointment', "prenatal appt", "Need to reschedule my prenatal appointment on the 12th. I'm 28 weeks and everything's fine, just a work conflict. Any afternoon that week?", 'appointment', ['near_miss']),
  m('se077', 'clinical_question', "flying", "I had some light spotting at 6 weeks which my OB said was normal, and it stopped two weeks ago. Now I'm 10 weeks and wondering if it's safe to fly to my sister's wedding in January.", 'clinical_question', ['near_miss']),
  m('se078', 'records_forms', "", "Can I get a copy of my immunization records and the note from my ER visit for the allergic reaction in 2022? New job is asking for both.", 'records_forms', ['near_miss']),
  m('se079', 'clinical_question', "mom sundowning", "My mom has dementia and gets more confused in the evenings, every evening for about a year now, the sundowning thing. Any tips or meds that help her sleep?", 'clinical_question', ['near_miss', 'caregiver']),
  m('se080', 'other', "A1c", "My A1c was 9.8. Is that bad? My sugars at home run around 180-200 and I feel okay.", 'test_results', ['near_miss']),
  m('se081', 'billing', "charge", "I was charged for a 'suicide risk screening' at my annual physical. I thought that was part of the free preventive visit? please fix", 'billing', ['near_miss']),
  m('se082', 'test_results', "portal keeps logging me out", "The portal keeps logging me out every time I try to open the report on my blood clot ultrasound. Using an iphone, safari. Already cleared the cache.", 'other', ['near_miss']),
  m('se083', 'medication_refill', "albuterol", "Need my albuterol inhaler refilled, I only use it before running but I'm out. Breathing is fine right now.", 'medication_refill', ['near_miss']),
  m('se084', 'appointment', "sooner?", "Can I move my physical up? I'd like to go over my blood pressure log with the doctor. No chest pain or anything, just want it sooner than March.", 'appointment', ['near_miss']),
  m('se085', null, "", "Sometimes when I stand up too fast I see stars for a second and get lightheaded. Never actually fainted. Is it my BP meds?", 'clinical_question', ['near_miss']),
  m('se086', 'other', "camp form", "Please fill out the camp form for Ava. It asks about her bee sting allergy and needs a doctor signature so she can carry her EpiPen at camp.", 'records_forms', ['near_miss', 'caregiver']),
  m('se087', 'clinical_question', "tylenol max", "What's the max Tylenol I can take in a day? Don't want to overdose by accident, my back is killing me.", 'clinical_question', ['near_miss']),
  m('se088', 'test_results', "low hemoglobin?", "Got my bloodwork back and hemoglobin says 10.9, flagged low. I've been a bit tired but fine otherwise. What does it mean?", 'test_results', ['near_miss']),
  m('se089', 'other', "", "I'm dying here, when do you reopen after the holidays?? lol need to drop off a form", 'other', ['near_miss']),
  m('se090', 'clinical_question', "husband headache", "Husband has had a bad headache for 2 days, same kind he always gets with his sinus infections. No vision changes, no weakness, no fever. What can he take besides Advil?", 'clinical_question', ['near_miss', 'caregiver']),
  m('se091', 'other', "pharmacy change", "Please send my Xarelto to the Costco pharmacy now, insurance changed. I have 5 days left.", 'medication_refill', ['near_miss']),
  m('se092', 'clinical_question', "Narcan cost", "Is a Narcan kit covered by my insurance, and how much would it cost if not? I want to keep one at home because of my brother.", 'billing', ['near_miss']),
  m('se093', 'appointment', "follow up for wife", "My wife needs a follow up after her fainting episode last month, the ER said see PCP in 2-4 weeks. She's been totally fine since.", 'appointment', ['near_miss', 'caregiver']),
  m('se094', 'records_forms', "FMLA", "Need FMLA paperwork so I can care for my mom after her stroke. She comes home from rehab next week.", 'records_forms', ['near_miss', 'caregiver']),
  m('se095', null, "gums", "getting a little bleeding from my gums when i brush, been going on a couple months. dentist thing or you?", 'clinical_question', ['near_miss', 'typos']),
  m('se096', 'test_results', "newborn screen", "Did our baby's newborn screening results come in? She's 3 weeks old and doing great, just want to check.", 'test_results', ['near_miss', 'caregiver']),
  m('se097', 'other', "complaint", "Complaint: the front desk person was rude when I said I was having a hard time breathing through my mask in the waiting room. Not a medical issue, I was fine, just a comment on how it was handled.", 'other', ['near_miss']),
  m('se098', 'clinical_question', "baby fell", "My 10 month old rolled off the couch onto carpet (about 18 inches) an hour ago. Cried right away, now back to normal, eating and babbling. Anything to watch for?", 'clinical_question', ['near_miss', 'caregiver']),
  m('se099', 'appointment', "", "cancel my appt tomorrow pls, feeling better, the allergic rash is gone", 'appointment', ['near_miss']),
  m('se100', 'other', "coffee", "Is it normal to feel my heart pound after two coffees? Only happens then, no pain, goes away in a few minutes.", 'clinical_question', ['near_miss']),

  // ---------------------------------------------------------------------------
  // se101–se150: ORDINARY REQUESTS
  // ---------------------------------------------------------------------------

  // medication_refill
  m('se101', null, "", "metformin 500 refill pls. walgreens on 5th", 'medication_refill'),
  m('se102', 'other', "New pharmacy", "We moved! Please send all my prescriptions to the CVS at 2200 Oak Street from now on. Thanks!", 'medication_refill'),
  m('se103', 'medication_refill', "test strips", "I'm running low on my OneTouch test strips and lancets, could you send a new script? I check 3 times a day.", 'medication_refill'),
  m('se104', 'appointment', "Refill + physical", "Could you renew my levothyroxine 75 mcg? I only have 4 pills left. And I'd like to book my annual physical sometime in January.", 'medication_refill', ['mixed']),
  m('se105', 'records_forms', "Mom's donepezil", "Mom's donepezil ran out and the pharmacy says the prescription expired. Can Dr. Nguyen renew it? Her pharmacy is Rite Aid on Grove.", 'medication_refill', ['caregiver']),
  m('se106', null, "medicine", "Hello, I need more of blood pressure pill amlodipine 5 mg, the bottle finish in 3 days. Thank you very much", 'medication_refill', ['non_native']),
  m('se107', 'billing', "birth control", "Can you renew my birth control? Same as always (Sprintec). Also is it still $0 with my insurance?", 'medication_refill', ['mixed']),

  // appointment
  m('se108', 'other', "reschedule", "Need to reschedule Thursday's 2:30 with Dr. Brooks, I can do any morning next week.", 'appointment'),
  m('se109', null, "", "can i get a telehealth visit for my anxiety med follow up? cant take off work", 'appointment', ['typos']),
  m('se110', 'appointment', "Cancel", "Please cancel my daughter Lily's well check on Dec 18, we'll rebook after the holidays.", 'appointment', ['caregiver']),
  m('se111', 'appointment', "", "Is there anything sooner than Feb 10 for a physical? I'm on the cancellation list but haven't heard anything.", 'appointment'),
  m('se112', 'clinical_question', "Sports physical", "Need a sports physical for my son before basketball starts Jan 5. Does the school form get filled out at the same visit or separately?", 'appointment', ['mixed', 'caregiver']),
  m('se113', 'other', "confirm", "Just confirming my appt is Tuesday at 10 and not Wednesday? The reminder text and the portal say different days", 'appointment'),
  m('se114', null, "new patient", "hi wanted to book a new patient appt for my husband, hes been going to urgent care for everything lol. anytime after 4pm works", 'appointment', ['typos']),

  // test_results
  m('se115', null, "", "Were my labs from Monday normal? Haven't seen anything on the portal yet.", 'test_results'),
  m('se116', 'other', "mammogram letter", "Got a letter saying they need more views on my mammogram. What does that mean? Should I be scared?", 'test_results'),
  m('se117', 'medication_refill', "Thyroid", "My TSH came back 5.2 and it's flagged H. Do I need to change my dose?", 'test_results'),
  m('se118', 'appointment', "follow-up and biopsy", "Can you move my follow-up to next Friday? And also what did my colonoscopy biopsy show, the polyp one?", 'test_results', ['mixed']),
  m('se119', 'records_forms', "strep + school note", "Any results on my son's strep culture? The rapid one was negative but they said they'd send the other one out. Also need a school note for the two days he missed.", 'test_results', ['mixed', 'caregiver']),
  m('se120', 'clinical_question', "urine", "What does 'trace protein' in my urine test mean?", 'test_results'),
  m('se121', null, "", "Please tell me the result of my vitamin D blood test, doctor said maybe it is low. Thank you", 'test_results', ['non_native']),

  // clinical_question
  m('se122', 'appointment', "rash", "Got an itchy red rash on both forearms after gardening Saturday, little blisters in lines. Poison ivy? Can I just use hydrocortisone?", 'clinical_question'),
  m('se123', 'medication_refill', "side effects", "The new lisinopril is giving me a dry tickly cough that won't quit. Is that from the pill? Can I switch to something else?", 'clinical_question'),
  m('se124', null, "", "Is it ok to take my ibuprofen with the prednisone I was just given?", 'clinical_question'),
  m('se125', 'other', "pink eye", "My 7 year old has had pink eye since yesterday, goopy in the morning. Does she need drops or will it go away? School wants to know when she can come back.", 'clinical_question', ['caregiver']),
  m('se126', 'other', "UTI again", "Think I have a UTI again, burning when I pee and going constantly. No fever or back pain. Can something be called in or do I have to come in?", 'clinical_question'),
  m('se127', 'clinical_question', "sleep", "I've been having trouble sleeping for months, waking up at 3 am every night. Would melatonin be okay with my other meds?", 'clinical_question'),
  m('se128', 'billing', "2 things", "Two things: I got a bill for $45 I don't understand, and also my knee has been clicking and aching going down stairs for a few weeks. Should I see ortho?", 'clinical_question', ['mixed']),
  m('se129', 'records_forms', "", "Need a copy of my last visit notes for my new job. Also, is it safe to get the flu shot and the covid booster on the same day?", 'clinical_question', ['mixed']),

  // billing
  m('se130', 'other', "copay", "Why was I charged a $30 copay when my plan says preventive visits are covered 100%?", 'billing'),
  m('se131', 'other', "", "Can I set up a payment plan for my balance of $640? I can do about $50 a month.", 'billing'),
  m('se132', null, "new insurance", "new insurance card, Aetna now as of Dec 1. how do i update it? also the claim from Nov 20 went to my old insurance", 'billing', ['typos']),
  m('se133', 'billing', "double payment", "I paid my bill twice by accident online, 112.50 on 11/14 and again on 11/15. Refund please.", 'billing'),
  m('se134', 'appointment', "cost", "How much is a self-pay office visit? I'm between jobs and don't have insurance right now.", 'billing'),
  m('se135', 'records_forms', "Itemized statement", "I need an itemized statement of all my 2026 visits for my HSA.", 'billing'),
  m('se136', 'billing', "lab fee", "My statement shows a lab fee from Quest I wasn't expecting, can you explain? Also my phone number changed to 555-0143.", 'billing', ['mixed']),

  // records_forms
  m('se137', 'other', "FMLA", "Can Dr. Ortiz fill out FMLA forms for my back surgery recovery? I'll upload them. HR needs them by Dec 15.", 'records_forms'),
  m('se138', 'other', "school form", "Need the school health form signed for Jayden, he's transferring to Lincoln Elementary in January.", 'records_forms', ['caregiver']),
  m('se139', 'records_forms', "", "Could you send my records to my new cardiologist, Dr. Hale at Bayview Heart? Fax 555-0199.", 'records_forms'),
  m('se140', null, "", "need a work note for missing tuesday and wednesday, i was seen here wednesday for the flu", 'records_forms', ['typos']),
  m('se141', 'clinical_question', "DMV", "The DMV sent me a medical report form because of my vision. Does the doctor fill this out or do I need an eye doctor?", 'records_forms'),
  m('se142', 'appointment', "shot records", "Can I get a copy of my kids' immunization records for daycare, and also schedule their flu shots?", 'records_forms', ['mixed', 'caregiver']),
  m('se143', null, "letter", "I need letter from doctor for my immigration, they ask the vaccine form I-693. Your office can do this?", 'records_forms', ['non_native']),

  // other
  m('se144', null, "app login", "The app says invalid password every time but I just reset it, I can only get in on my laptop. Help?", 'other'),
  m('se145', 'other', "Thank you", "Thank you Dr. Kim and the whole team for taking such good care of my dad this year. Happy holidays!", 'other', ['caregiver']),
  m('se146', 'appointment', "", "What are your hours on Christmas Eve? And is the lab open Saturdays?", 'other'),
  m('se147', null, "parking", "Where do I park for the new building? The lot was full last time and I was late.", 'other'),
  m('se148', 'billing', "update info", "Please update my address: 77 Cedar Ct, Springfield 62704. Also my last name changed to Alvarez after I got married.", 'other'),
  m('se149', 'other', "wait time", "I waited 55 minutes past my appointment time yesterday with no update. I understand delays happen but someone should tell people.", 'other'),
  m('se150', 'other', "", "Do you have a Spanish-speaking provider? My mother prefers Spanish. And can she be added to my proxy access on the portal?", 'other', ['mixed']),
];
