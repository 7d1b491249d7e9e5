import type { MessageCategory } from '@carequeue/contracts';
import type { TermSpec } from './matcher';

/**
 * Category lexicon: words and phrases that are evidence for a category, with a weight.
 * Patterns run over folded text inside one combined regex; they use stems and misspelling
 * variants so that unseen wording still matches, and never per-message construction.
 *
 * Roles:
 * - request: the patient asks staff to do something (refill, book, send a form, fix a bill).
 *   A strong request in a sentence makes symptoms in that sentence the *reason* for the request
 *   ("an appointment for my knee pain") rather than a separate clinical question.
 * - symptom / question: clinical content; negatable ("no fever").
 * - support: weak evidence that only tips a balance (drug names, body parts).
 */
export type TermRole = 'request' | 'symptom' | 'question' | 'support';

export interface CategoryTerm {
  category: MessageCategory;
  weight: number;
  role: TermRole;
}

const terms: TermSpec<CategoryTerm>[] = [];
function t(category: MessageCategory, weight: number, role: TermRole, ...patterns: string[]): void {
  // One meta per call: its patterns share a capture group in the compiled scan.
  const meta = { category, weight, role };
  for (const pattern of patterns) terms.push({ pattern, meta });
}

const POSS = "(?:my|his|her|their|the|our|a|an|this|that|mom'?s|dad'?s)";
const MED_NOUN = '(?:meds|medications?|medicines?|medicatons?|pills|tablets|capsules|prescriptions?|rx|scripts?|inhalers?|insulin)';

// --- medication_refill -------------------------------------------------------------------------
t('medication_refill', 3.5, 'request', 're-?f+i+l+(?:s|ed|ing|l)?', 'refll\\w*', 'rfill\\w*');
t(
  'medication_refill',
  3,
  'request',
  `renew\\w*\\s+(?:of\\s+)?(?:${POSS}\\s+)?(?:[a-z]+\\s+)?${MED_NOUN}`,
  `(?:ran|run|running|runs|am|i'?m|im|almost|nearly|completely|all|be|been)\\s+(?:out|low)\\s+(?:of|on)\\s+(?:${POSS}\\s+)?(?:[a-z-]+\\s+)?(?:${MED_NOUN}|\\w+)`,
  `out\\s+of\\s+(?:my\\s+|his\\s+|her\\s+)?(?:[a-z-]+\\s+)?(?:${MED_NOUN}|test\\s+strips|strips|lancets|supplies)`,
  `(?:send|call|phone|fax)\\s+(?:in\\s+)?(?:a\\s+new\\s+|another\\s+|the\\s+|my\\s+|it\\s+|them\\s+)?(?:${MED_NOUN}\\s+)?(?:in\\s+)?(?:to|over\\s+to)\\s+(?:the\\s+|my\\s+)?(?:pharmacy|pharmacist|walgreens|cvs|rite\\s*aid|walmart|costco|kroger|safeway)`,
  '(?:need|needs|want|get|send|give)\\s+(?:me\\s+|him\\s+|her\\s+)?(?:some\\s+)?more\\s+(?:of\\s+)?(?:my|the|his|her|this|that|these)',
  // "my cream for eczema is finish": the item, maybe what it is for, then that it has run out.
  '(?:bottle|pills|medicine|meds|medication|inhaler|pack|box|pen|cream|ointment|lotion|gel|drops|spray|patch(?:es)?|supply)\\s+(?:(?:for|of)\\s+(?:my\\s+|the\\s+)?[a-z]+\\s+)?(?:is|are|was)\\s+(?:all\\s+)?(?:finish\\w*|empty|gone|done|over|used\\s+up)',
  'renew(?:ed|al|ing)?',
  'prior\\s+auth\\w*',
  'pre-?auth\\w*',
);
t(
  'medication_refill',
  2,
  'request',
  `(?:prescriptions?|perscriptions?|presc?ript?ions?|presciptions?|precriptions?|prescrition\\w*|rx|scripts?)`,
  'pharmac(?:y|ies|ist)',
  'walgreens|cvs|rite\\s*aid|express\\s+scripts|optum\\s*rx|mail[- ]order',
  '(?:\\d+|thirty|ninety|30|90)[- ]day\\s+(?:supply|prescription|rx)',
  `(?:more|new|another)\\s+(?:bottle|supply|prescription|script|box|pen|pens|vials?|inhaler)`,
  `last\\s+(?:pill|dose|tablet|bottle|few\\s+pills|one)`,
  'last\\s+(?:few|couple(?:\\s+of)?|\\d+|two|three|four|five)\\s+(?!(?:days?|weeks?|months?|years?|times|visits?|nights?|hours?|minutes?|appointments?|messages?|calls?)\\b)[a-z]+',
  `(?:\\d+|few|couple|two|three|four|five)\\s+(?:pills|doses|tablets|days\\s+(?:of\\s+(?:pills|meds|medication))?)\\s+left`,
  'refills?\\s+left',
);
t('medication_refill', 2, 'request', '(?:cpap|bipap|nebuli[sz]er|oxygen|diabetic|ostomy|catheter|medical|testing)\\s+(?:supplies|equipment|mask|tubing|machine)', 'supplies|supplier');
t('medication_refill', 1.5, 'request', 'call(?:ed)?\\s+(?:it\\s+)?in', 'pick(?:ed)?\\s+up\\s+(?:my|his|her|the)\\s+(?:[a-z]+\\s+)?(?:meds|medications?|prescriptions?|rx)');
t(
  'medication_refill',
  1.2,
  'support',
  'lisinopril|losartan|valsartan|metformin|atorvastatin|simvastatin|rosuvastatin|pravastatin|crestor|lipitor|amlodipine|norvasc|levothyroxine|synthroid|omeprazole|pantoprazole|prilosec|sertraline|zoloft|fluoxetine|prozac|escitalopram|lexapro|citalopram|bupropion|wellbutrin|trazodone|gabapentin|albuterol|ventolin|proair|symbicort|advair|flovent|singulair|montelukast|lantus|humalog|novolog|ozempic|trulicity|jardiance|januvia|glipizide|hydrochlorothiazide|hctz|furosemide|lasix|metoprolol|carvedilol|warfarin|coumadin|eliquis|xarelto|clopidogrel|plavix|prednisone|amoxicillin|azithromycin|cephalexin|doxycycline|cetirizine|zyrtec|loratadine|claritin|famotidine|tamsulosin|flomax|finasteride|sildenafil|tadalafil|estradiol|adderall|ritalin|methylphenidate|concerta|vyvanse|alprazolam|xanax|lorazepam|ativan|clonazepam|klonopin|zolpidem|ambien|hydrocodone|oxycodone|tramadol|meloxicam|cyclobenzaprine|spironolactone|allopurinol|buspirone|duloxetine|cymbalta|venlafaxine|effexor|lamotrigine|keppra|levetiracetam|topiramate|sumatriptan|propranolol|atenolol|diltiazem|nifedipine|potassium|vitamin\\s+d|b12',
  'epi[- ]?pens?|nebuli[sz]er\\s+(?:solution|vials?)|test\\s+strips|lancets|birth\\s+control|the\\s+pill|contraceptives?|statins?|antidepressants?|eye\\s*drops|(?:thyroid|blood\\s+pressure|bp|cholesterol|diabetes|allergy|seizure|heart|pain|sleep|sleeping|water|anxiety|depression|adhd)\\s+(?:meds|medications?|medicines?|pills|tablets)',
);
t('medication_refill', 0.8, 'support', 'meds|medications?|medicines?|pills|tablets|capsules|inhalers?|insulin|cream|ointment|patch(?:es)?');

// --- appointment -------------------------------------------------------------------------------
t(
  'appointment',
  3,
  'request',
  '(?<!(?:dosing|dose|medication|pill|vaccine|vaccination|immunization|shot|feeding|sleep|work)\\s)(?:re-?)?sc?h?edu?[ae]?l\\w*',
  'resch\\w*',
  `book(?:ed|ing)?\\s+(?:in\\s+)?(?:me\\s+|him\\s+|her\\s+|us\\s+)?(?:in\\s+)?(?:an?|my|the|his|her|another|our|their)\\s+[a-z-]+`,
  'book\\s+(?:me|him|her|us)\\s+in',
  `cancel\\w*\\s+(?:${POSS}\\s+|our\\s+)?(?:[a-z-]+\\s+)?(?:appointment|appt|visit|physical|exam|follow[- ]?up|procedure)`,
  `(?:make|set\\s+up|get|need|want|like|request|move|change|confirm|push\\s+back|bump)\\s+(?:${POSS}\\s+|another\\s+|me\\s+)?(?:[a-z-]+\\s+)?(?:appointment|appt|visit)`,
  "(?:can'?t|cannot|won'?t|will\\s+not|not\\s+able\\s+to)\\s+make\\s+(?:it|my|the|our)",
  // A visit named by its day or time: "cancel tomorrow's 9:30".
  "(?:cancel|move|change|push|reschedule)\\w*\\s+(?:my\\s+|the\\s+|our\\s+)?(?:(?:today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'?s)?|\\d{1,2}(?::\\d\\d)?(?:\\s*(?:am|pm))?)",
  'running\\s+late|no[- ]show|wait\\s*list|cancellation\\s+list',
);
t('appointment', 2.5, 'request', 'come\\s+(?:in\\s+and\\s+)?see\\s+(?:the\\s+|a\\s+|my\\s+)?(?:doctor|dr|doc|provider|nurse)|get\\s+in\\s+(?:sometime|this|next|soon|today|tomorrow|before|on)|how\\s+far\\s+out|still\\s+on\\s+for|(?:needs?|due\\s+for)\\s+(?:his|her|my|a|an|the|their)\\s+(?:[a-z0-9-]+\\s+){0,2}(?:visit|check|check-?up|exam)|come\\s+in|coming\\s+in|be\\s+seen|get\\s+seen|walk[- ]?in|drop\\s+in|pop\\s+in|stop\\s+by|get\\s+in\\s+(?:sooner|earlier|to\\s+see)');
t(
  'appointment',
  2,
  'request',
  '(?<!(?:last|previous|recent|yesterday\'?s|since\\s+(?:my|the)|after\\s+(?:my|the))\\s)(?:ap+oi?n?t*m[ae]?n[et]*s?|appt\\.?s?|apointments?)',
);
t(
  'appointment',
  2.5,
  'request',
  '(?:next\\s+|first\\s+)?(?:openings?|open\\s+(?:slots?|spots?|times?)|slots?|time\\s+slots?|earliest|first\\s+available|next\\s+available|sooner|earlier\\s+(?:time|date|appointment|slot|day))',
  'do\\s+you\\s+have\\s+(?:anything|any(?:thing)?\\s+(?:open|available)|availability|an?\\s+(?:opening|slot|spot)|any\\s+(?:openings|slots|spots|time))',
  'check[- ]?up|annual\\s+(?:exam|visit|physical|wellness|check\\w*)|wellness\\s+(?:visit|exam|check)|well[- ](?:child|baby|woman|visit|check)|(?:new\\s+patient|follow[- ]?up|sick|same[- ]day)\\s+(?:visits?|appointments?|appts?)',
  'physical(?!\\s+(?:therap\\w*|form|paperwork|activity))',
  'telehealth|tele-?visit|video\\s+(?:visit|call|appointment)|virtual\\s+(?:visit|appointment)|in[- ]person\\s+visit',
  'referr?(?:al|als|ed|ing)|refer\\s+(?:me|him|her|us)',
);
t(
  'appointment',
  2,
  'request',
  '(?:see|seeing|visit)\\s+(?:the\\s+|a\\s+|my\\s+|our\\s+)?(?:doctor|dr\\.?|doc|provider|physician|np|pa|nurse\\s+practitioner|someone|somebody|specialist|dermatologist|cardiologist|you)',
  '(?:flu|covid|shingles|tetanus|pneumonia|hpv)\\s+(?:shots?|jabs?|vaccines?|vaccinations?|boosters?)|boosters?|jabs?|tdap|vaccin(?:e|es|ated|ation|ations)(?!\\s+(?:records?|history|card|certificate|status|dates?))',
);
t('appointment', 1.5, 'support', 'available|availability');
t('appointment', 1.2, 'support', 'follow[- ]?up', 'office\\s+visit', 'calendar|date\\s+and\\s+time|what\\s+time');
t('appointment', 0.7, 'support', 'monday|tuesday|wednesday|thursday|friday|saturday|mornings?|afternoons?|\\d{1,2}(?::\\d\\d)?\\s*(?:am|pm)');

// --- test_results ------------------------------------------------------------------------------
t('test_results', 3, 'request', '(?<!as\\s+a\\s)(?:results?|reuslts?|resluts?|resuts?|resutls?|rezults?)');
// Test names describe what a message is about; only asks ("results", "did it come back") are requests.
t(
  'test_results',
  2.5,
  'support',
  'labs?|lab\\s*work|labwork|blood\\s*(?:work|tests?|draw|panel)|bloodwork|bloods|hcg|bhcg|b-hcg|ferritin',
  '(?:came|come|comes)\\s+back\\s+(?:yet|normal|abnormal|positive|negative|high|low|fine|ok|okay|elevated)',
  'back\\s+yet',
);
t(
  'test_results',
  2,
  'support',
  'x[- ]?rays?|mri|ct\\s+scan|cat\\s+scan|ultrasound|sonogram|mammogram\\w*|biops(?:y|ies)|pap\\s*(?:smear|test)?|ekg|ecg|echo(?:cardiogram)?|stress\\s+test|colonoscopy|endoscopy|dexa|bone\\s+density|imaging|radiology|patholog\\w*|cultures?|urinalysis|urine\\s+(?:test|sample|culture)|a1c|hba1c|lipid\\s+panel|tsh|psa|cbc|cmp|metabolic\\s+panel|strep\\s+test|covid\\s+test|pcr|(?:sti|std|hiv|pregnancy|allergy)\\s+test\\w*|sleep\\s+study|holter|spirometry',
  'abnormal|elevated|flagged|out\\s+of\\s+range|reference\\s+range',
  'interpret(?:ation|ing|ed|s)?',
);
// Asks about a result ("has my PSA come back?"): questions, so a visit named beside them ("from the
// physical") never turns them into the reason for a booking.
t(
  'test_results',
  3,
  'question',
  '(?:did|has|have|are|is)\\s+(?:my|the|his|her|our)\\s+(?:[a-z0-9-]+\\s+){0,3}(?:come|came)\\s+back',
  // The patient already has them: "got my pregnancy bloods back".
  '(?:got|gotten|received|saw)\\s+(?:my|the|his|her|our)\\s+(?:[a-z0-9-]+\\s+){0,3}(?:bloods|results?|labs?|tests?|scan|report|bloodwork|blood\\s+work)\\s+back',
  '(?:what|anything)\\s+(?:did|does|do)\\s+(?:my|the|his|her)\\s+(?:[a-z0-9-]+\\s+){0,2}(?:show|say|find|reveal)',
  'when\\s+(?:will|would|do|should)\\s+(?:i\\s+(?:get|hear|see|know)\\s+)?(?:my|the|his|her|our)\\s+(?:[a-z0-9-]+\\s+){0,3}(?:be\\s+(?:available|back|ready|in|posted|released|done)|come\\s+back|results?|numbers)',
  // A value read off the portal: "the portal shows my vitamin D as 18".
  '(?:portal|report|chart|app|mychart)\\s+(?:shows?|showed|says|said|lists?)\\s+(?:my|his|her|the)\\s+(?:[a-z0-9-]+\\s+){1,3}(?:as|at|is|was|of)\\s+\\d+',
  '(?:was|were|is|are)\\s+(?:my|the|his|her)\\s+(?:[a-z0-9-]+\\s+){0,3}(?:x-?rays?|scan|mri|ultrasound|tests?|labs?|mammogram|biopsy|ekg|ecg|echo|culture|blood\\s*work|levels?|numbers?|counts?|results?|tsh|a1c|psa|cholesterol|ldl|iron|ferritin|potassium|sodium|b12|vitamin\\s+d|pap)\\s+(?:still\\s+|now\\s+)?(?:normal|ok|okay|fine|good|clear|positive|negative|low|high|elevated|too\\s+(?:high|low)|better|worse|abnormal)',
  // A result quoted back: "my Pap came back ASC-US".
  "(?:my|the|his|her)\\s+(?:[a-z0-9-]+\\s+){0,3}(?:came|come|comes)\\s+back\\s+(?:as\\s+)?(?:[\"'][a-z0-9-]+|positive|negative|abnormal|normal|high|low|borderline|elevated|inconclusive|showing)",
  "(?:haven'?t|have\\s+not|still\\s+haven'?t|never)\\s+heard\\s+(?:anything\\s+|back\\s+)?(?:about|on|from)\\s+(?:my|the|his|her)\\s+(?:[a-z0-9.-]+\\s+){0,3}(?:tests?|results?|labs?|scan|biopsy|x-?ray|mri|culture|panel|swab)",
);
t(
  'test_results',
  1.5,
  'support',
  '(?:what|explain)\\s+(?:do|does|did)\\s+(?:my\\s+|these\\s+|the\\s+|this\\s+|that\\s+|it\\s+)?(?:[a-z0-9]+\\s+){0,2}mean',
  'tests?(?!\\s+strips)|tested|testing|scan|report|findings|radiologist|(?:my|the|his|her)\\s+(?:numbers|levels?)|levels?|cholesterol|ldl|hdl|triglycerides|glucose|hemoglobin|creatinine|kidney\\s+function|liver\\s+(?:enzymes|function)|vitamin\\s+d\\s+level|thyroid\\s+(?:test|level|panel)',
  'came\\s+back',
  '(?:too|very)\\s+(?:low|high)|(?:went|gone|come|came|dropped|jumped)\\s+(?:up|down)\\s+to\\s+\\d',
  'normal\\s+range|(?:high|low)\\s+(?:ldl|hdl|cholesterol|glucose|potassium|sodium|creatinine|wbc|white\\s+count|iron)',
);

// --- clinical_question -------------------------------------------------------------------------
// Verbs of clinical questions ("is it ok to take…"): keeps "is it ok to pick up my refill" out.
const CLIN_VERB =
  '(?:take|taking|drink|eat|exercise|stop|skip|mix|give|use|double|wait|go\\s+back|fly|travel|swim|shower|return|start|restart|continue|keep\\s+taking|lift|run|drive|breastfeed|get\\s+pregnant|get\\s+(?:the\\s+|my\\s+|a\\s+)?(?:[a-z]+\\s+)?(?:vaccine|shot|booster|jab))';
t(
  'clinical_question',
  2,
  'symptom',
  'pain(?!\\s*(?:med\\w*|pills?|killers?|relievers?|management|clinic|specialist|patch\\w*|contract|doctor))|pains|painful|hurts?|hurting|hurted|aches?|aching|achy|sore(?:ness)?|swollen|swelling|swell\\w*|rash\\w*|hives|itch\\w*|fever\\w*|feverish|chills|cough\\w*|congest\\w*|runny\\s+nose|stuffy|sneez\\w*|phlegm|mucus',
  'nause\\w*|vomit\\w*|throw(?:ing)?\\s+up|threw\\s+up|puk\\w*|diarr?h?[eo]a\\w*|loose\\s+stools?|constipat\\w*|dizz\\w*|light-?headed|vertigo|head\\s*aches?|migraines?|fatigue\\w*|exhausted|weak(?:ness)?|numb(?:ness)?|tingl\\w*|burning|burns\\s+when|bruis\\w*|lumps?|bumps?|bleed\\w*|blood\\s+in|infect\\w*|discharge|wheez\\w*|palpitations?|racing|pounding|insomnia|cramp\\w*|spasm\\w*|stiff\\w*|sprain\\w*|injur\\w*|twisted|fractur\\w*|bitten|sting|sick|ill|flu|virus|symptoms?|sympt\\w*',
  "can'?t\\s+sleep|trouble\\s+sleeping|not\\s+sleeping|anxi\\w*|depress\\w*|panic|mood|feel(?:ing)?\\s+(?:really\\s+|so\\s+|very\\s+|kind\\s+of\\s+|pretty\\s+)?(?:down|low|hopeless|empty|unmotivated|on\\s+edge|burned\\s+out|burnt\\s+out)|stress(?:ed)?|overwhelmed|sad|crying|(?:blood\\s+pressure|bp)\\s+(?:is|has\\s+been|was|reading|readings|running|numbers|high|low|keeps|spiked)|sugars?\\s+(?:is|are|has\\s+been|have\\s+been|was|were|running|high|low|keeps|spiked|dropp\\w*)",
  "side[- ]?effects?|reaction|allerg\\w*(?!\\s+(?:med\\w*|pills|shots?|tests?))|flare\\w*|worse|worsening|not\\s+(?:getting\\s+)?better|(?:hasn'?t|haven'?t|has\\s+not|not)\\s+improv\\w*|feel(?:ing)?\\s+(?:awful|terrible|horrible|bad|off|weird|funny|unwell)|not\\s+feeling\\s+well|swallow\\w*|reflux|heartburn|indigestion|bloat\\w*|gassy|losing\\s+weight|gaining\\s+weight|weight\\s+(?:gain|loss)|appetite|hair\\s+(?:loss|falling)|confus\\w*|forgetful|shaking|tremor\\w*|sweat\\w*|hot\\s+flashes|spotting|irregular\\s+period|missed\\s+(?:my\\s+)?period|pee\\w*|urinat\\w*|dehydrat\\w*|pink\\s+eye|earache|ear\\s+infection|tooth\\s*ache|cold\\s+sores?",
  // Dose and medication-change words: clinical content, but only the reason when next to a refill.
  "dos(?:e|age|ing)|increase|decrease|lower\\s+(?:the|my)\\s+dose|higher\\s+dose|stop\\s+taking|stopped\\s+taking|switch\\w*(?!\\s+(?:to\\s+)?(?:a\\s+|the\\s+|my\\s+)?(?:mail|pharmac\\w*|insurance|doctors|providers|physicians|pcp|cvs|walgreens))|change\\s+(?:my|the|his|her)\\s+(?:med\\w*|dose|dosage)|interact\\w*|mix\\w*\\s+with|together\\s+with|missed\\s+(?:a|my|his|her)\\s+dose|forgot\\s+to\\s+take|took\\s+(?:it|my\\s+\\w+|two)\\s+twice|double\\s+dose|taper\\w*",
);
t(
  'clinical_question',
  1.5,
  'symptom',
  "worried|worry|concern(?:ed|ing)|advice|advise|recommend\\w*|wondering|the\\s+doctor'?s\\s+(?:opinion|advice)|your\\s+opinion|what\\s+do\\s+you\\s+think",
);
// Interrogatives: a question only a clinician can answer. Never damped as "the reason for a request".
t(
  'clinical_question',
  2.5,
  'question',
  `should\\s+(?:i|he|she|we|they)\\s+(?:be\\s+(?:worried|concerned)|worry|take|stop|keep|continue|go\\s+to|see\\s+(?:a|the|someone)|get\\s+(?:checked|seen|tested|an?\\s+x-?ray)|try|treat|ice|rest|change|increase|decrease|lower|double|skip|avoid|eat|drink|exercise|wait|come\\s+in|bring|give|start|restart|be\\s+seen|go\\s+to\\s+(?:the\\s+)?(?:er|emergency|urgent\\s+care))`,
  `is\\s+(?:it|this|that)\\s+(?:normal|serious|dangerous|contagious|common|something\\s+to\\s+worry|a\\s+side\\s+effect|an?\\s+allergy|infected|broken)`,
  `is\\s+(?:it\\s+|this\\s+|that\\s+)?(?:ok|okay|safe|fine|alright|bad|possible)\\s+(?:to|if)\\s+(?:i\\s+|he\\s+|she\\s+|we\\s+)?${CLIN_VERB}`,
  `(?:can|could|may)\\s+(?:i|he|she|we)\\s+(?:still\\s+)?(?:take|stop|double|skip|drink|eat|exercise|go\\s+back|give|mix|cut|split|crush|start|have\\s+(?:alcohol|wine|beer|a\\s+drink|a\\s+glass|a\\s+beer|coffee|caffeine|sex|a\\s+bath))`,
  '(?:could|can|might)\\s+(?:this|it|that)\\s+be(?!\\s+(?:renewed|refilled|sent|done|moved|changed|rescheduled|faxed|signed|filled|booked|cancelled|canceled|refunded|credited|applied|paid|billed|waived|adjusted|fixed|corrected|updated|uploaded|emailed|mailed|printed|completed|approved|covered|reimbursed|processed|charged|resubmitted|submitted|added|removed|transferred))',
  '(?:can|could)\\s+(?:the\\s+)?(?:doctor|dr|you|someone|she|he)\\s+(?:just\\s+)?(?:send|prescribe|call\\s+in|phone\\s+in)\\s+(?:me\\s+)?(?:something|anything|a\\s+cream|an?\\s+antibiotic|antibiotics)',
  'do\\s+(?:i|we|he|she|they)\\s+(?:still\\s+|really\\s+|actually\\s+)?need\\s+(?:an?\\s+|any\\s+|the\\s+|to\\s+(?:be\\s+)?)?(?:visit|appointment|antibiotics?|x-?rays?|stitches|tetanus|vaccines?|shots?|medicine|meds|medication|treatment|tests?|testing|malaria|pills|worry|worried|concerned|seen|checked|see\\s+(?:a|the|someone)|stop|change|keep|go\\s+to\\s+(?:the\\s+)?(?:er|emergency|urgent)|come\\s+in|get\\s+(?:checked|tested|seen)|quarantine|isolate|more\\s+medicine)',
  'would\\s+it\\s+be\\s+(?:possible|ok|okay|better|safe|wise)\\s+to\\s+(?:try|take|switch|change|stop|lower|increase|reduce|skip)',
  'is\\s+(?:the|my|this|that|his|her)\\s+(?:[a-z]+\\s+){0,2}(?:from|caused\\s+by|because\\s+of|due\\s+to|related\\s+to|a\\s+side\\s+effect\\s+of)\\s+(?:the|my|his|her|this)',
  'wondering\\s+(?:if|whether|about)',
  'should\\s+(?:the|my|his|her)\\s+(?:dose|dosage|medication|meds|medicine|insulin)\\s+(?:go\\s+(?:up|down)|be\\s+(?:increased|decreased|changed|raised|lowered|adjusted|doubled|cut))',
  '(?:can|could|should)\\s+(?:i|he|she|we)\\s+(?:still\\s+)?(?:get|have)\\s+(?:the\\s+|a\\s+|my\\s+)?(?:[a-z]+\\s+)?(?:vaccine|shot|booster|jab)\\s+(?:if|while|when|since|after|before|with)',
  'does\\s+(?:that|it|this)\\s+(?:really\\s+)?matter',
  '(?:is|are)\\s+there\\s+(?:a|any)\\s+(?:pill|medicine|medication|cream|treatment|cure|shot)\\s+for',
  '(?:is\\s+(?:that|this|it)\\s+)?normal\\s+(?:while|as)\\s+(?:it|they|he|she)\\s+heals?',
  "(?:should(?:n'?t|\\s+not)|can'?t|cannot|not\\s+supposed\\s+to)\\s+(?:take|mix|combine|have)\\s+(?:this|that|it|these|those|my\\s+\\w+|[a-z]+)\\s+with",
  'is\\s+(?:that|this|it)\\s+(?:really\\s+)?(?:true|right|correct|accurate)\\?',
  '(?:if|whether)\\s+(?:i|he|she|we)\\s+should',
  '(?:if|whether)\\s+(?:the|my|his|her)\\s+(?:dose|dosage|medication|meds|medicine)\\s+(?:should|could|can|needs?)',
  '(?:something|anything)\\s+(?:we|i|he|she)\\s+should\\s+(?:treat|worry|be\\s+worried|do)',
  '(?:how\\s+(?:long|often|much|many))\\s+(?:[a-z]+\\s+)?(?:should|can|do|does|could)\\s+(?:i|he|she|we|you)\\s+(?:take|give|use|wait|rest|drink|eat|keep|stay|be\\s+contagious)',
  '(?:safe|ok|okay|normal)\\s+(?:for\\s+(?:an?\\s+|my\\s+|his\\s+|her\\s+)?[a-z]+\\s+)?to\\s+(?:take|have|use|drink|eat|give|exercise|stop|mix|continue|keep)',
  'how\\s+much\\s+(?:[a-z]+\\s+){1,3}(?:is|are)\\s+(?:safe|too\\s+much|ok|okay|the\\s+max\\w*)',
  '(?:is|was)\\s+(?:that|this|it)\\s+too\\s+(?:much|high\\s+(?:a|of\\s+a)\\s+dose)',
  'am\\s+i\\s+(?:supposed|allowed|contagious|at\\s+risk)',
  `when\\s+can\\s+(?:i|he|she|they|we)\\s+(?:go\\s+back|return|start|resume|stop|exercise|swim|drive|fly|work|shower|lift)`,
  `(?:is|are)\\s+there\\s+(?:something|anything|another|other|a\\s+different|any)\\s+(?:else\\s+|other\\s+|options?\\s+|alternatives?\\s+|medicine\\s+|medication\\s+)?(?:i|he|she|we)?\\s*(?:could|can|should)?\\s*(?:take|try|use|do)`,
  '(?:wants?|want(?:ed)?|like|needs?)\\s+to\\s+know\\s+(?:if|whether|how|what|why)',
  '(?:what|which)\\s+(?:are\\s+my\\s+options|should\\s+(?:i|we)\\s+(?:take|use|try))',
  'any\\s+(?:treatment|medicine|advice|tips)',
);
t('clinical_question', 1.5, 'support', 'what\\s+(?:should|can|do)\\s+(?:i|we)\\s+do', 'should\\s+(?:i|we)', 'questions?\\s+(?:about|regarding|for\\s+(?:the\\s+)?(?:doctor|dr))');
t(
  'clinical_question',
  1.5,
  'symptom',
  'diabet\\w*|hypertension|asthma|copd|arthritis|cancer|covid(?!\\s+(?:shot|vaccine|booster|test))|strep|pneumonia|bronchitis|sinus\\w*|shingles|eczema|psoriasis|acne|gout|adhd|ptsd|uti|yeast|blood\\s+clot|mole|wart|cyst|ulcer|hernia|concussion|pregnan\\w*|breastfeed\\w*|diagnos\\w*|treatment|therapy|surgery|wound|stitches|incision|antibiotics?',
);
t('clinical_question', 0.8, 'support', 'stomach|belly|abdom\\w*|back|knee|ankle|foot|feet|shoulder|hip|wrist|neck|ears?|eyes?|tooth|teeth|throat|skin|chest|head|leg|arm|hand|joints?');

// --- billing -----------------------------------------------------------------------------------
t(
  'billing',
  3.5,
  'request',
  'bill(?:s|ed|ing)?|invoice\\w*|statements?|co-?pays?|co-?insurance|deductibles?|refund\\w*|collections?|payment\\s+plan|balance|overcharg\\w*|double[- ]?(?:billed|charged)|eob|explanation\\s+of\\s+benefits|itemi[sz]ed|out[- ]of[- ]pocket|superbill|billing\\s+code|cpt|self[- ]pay|financial\\s+(?:assistance|aid|hardship)|charity\\s+care|sliding\\s+scale|good\\s+faith\\s+estimate',
);
t(
  'billing',
  2.5,
  'request',
  'charge[ds]?|charging|pay(?:ment|ments|ing|ed|s)?|paid|owe[ds]?|owing|costs?|costing|price\\w*|pricing|fees?|credit\\s+card|debit\\s+card|insurance\\s+(?:card|info\\w*|company|claim|denied|carrier|plan|changed)|new\\s+insurance|claims?|medicare|medicaid|hsa|fsa|receipt|account\\s+(?:number|balance)|\\$\\s?\\d[\\d,.]*|\\d+\\s+dollars',
);
t('billing', 4, 'request', '(?:is\\s+there\\s+a|what\\s+is\\s+the|how\\s+much\\s+is\\s+the|do\\s+you\\s+charge\\s+a)\\s+(?:fee|charge|cost)');
t(
  'billing',
  3,
  'request',
  "(?:is|are|will|would)\\s+(?:my|the|it|this|that|a|an|his|her|their)\\s+(?:[a-z0-9-]+\\s+){0,3}?(?:covered|free|billed|charged|cheaper|more\\s+expensive)",
  '(?:do|does|will|would)\\s+(?:you|your\\s+office|the\\s+(?:office|practice|clinic))\\s+(?:charge|bill|take|accept)\\b',
  'cheapest|coupons?|goodrx|discount\\s+card|(?:re-?)?cod(?:ed|e|ing)\\s+(?:it\\s+)?as|recode',
  '(?:free|covered|billed)\\s+(?:with|under|by|through)\\s+(?:my|the|medicare|medicaid|insurance)',
);
t('billing', 1.5, 'support', 'insurance|insurer|covered|coverage|cover|how\\s+much|money|afford');

// --- records_forms -----------------------------------------------------------------------------
t(
  'records_forms',
  3.5,
  'request',
  'forms?(?!\\s+of\\b)|paperwork|papers|fmla|(?:short|long)[- ]term\\s+disability|disability\\s+(?:form|paperwork|claim|papers)|(?:doctor\'?s|dr\'?s|work|school|sick|excuse|medical)\\s+(?:note|letter|excuse)|notes?\\s+for\\s+(?:work|school|my\\s+(?:job|employer|boss|school))|medical\\s+records?|health\\s+records?|(?:immunization|vaccin\\w*|shot|vax)\\s+(?:records?|history|card)|release\\s+(?:of\\s+information|form)|records?\\s+(?:release|request|transfer)|transfer\\s+(?:my\\s+|our\\s+|his\\s+|her\\s+)?(?:records|care|chart)|(?:copy|copies)\\s+of\\s+(?:my\\s+|his\\s+|her\\s+|the\\s+)?(?:records|chart|visit|notes|results|report|labs|imaging)',
  `send\\s+(?:a\\s+copy\\s+of\\s+)?(?:my|his|her|the|our)\\s+(?:[a-z-]+\\s+){0,2}(?:results|records|labs|report|notes|chart|imaging|x-?rays?|files?|history|documents|paperwork|forms)\\s+(?:over\\s+)?to`,
  'jury\\s+duty|handicap\\w*|disabled\\s+parking|parking\\s+placard|placard|dmv|clearance|work\\s+restrictions?|return\\s+to\\s+work|light\\s+duty|accommodations?|power\\s+of\\s+attorney|advance\\s+directive|living\\s+will|healthcare\\s+proxy|emotional\\s+support\\s+animal|esa\\s+letter|after[- ]visit\\s+summary|visit\\s+summary|(?:sports|camp|daycare|day\\s+care|school)\\s+(?:physical\\s+)?(?:forms?|paperwork|clearance|letter|note)',
  '(?:write|need|send|get|provide|sign)\\s+(?:me\\s+|him\\s+|her\\s+)?(?:a|the|an)\\s+(?:short\\s+)?letter',
);
t(
  'records_forms',
  2.5,
  'request',
  'records(?!\\s+(?:show|say))|disability|fax\\w*|sign(?:ed)?\\s+(?:off|a|the|my|this|these|it|by)|signature|fill(?:ed|ing)?\\s+(?:out|in)|complete\\s+(?:a|the|my|this)|(?:my|his|her|the)\\s+chart|copy|copies|documentation|document\\w*|certificate|excuse',
);
t('records_forms', 2, 'support', 'letter');
t('records_forms', 1.2, 'support', 'employer|hr\\s+department|school\\s+nurse|insurance\\s+company\\s+needs|deadline|print(?:ed)?|email\\s+(?:me|it)|mail\\s+(?:me|it)');

// --- other -------------------------------------------------------------------------------------
t(
  'other',
  3,
  'request',
  'passw(?:or)?d|log\\s?(?:in|into|on|onto)|sign\\s+(?:in|into)|username|user\\s+name|portal\\s+(?:access|account|invite|app)|locked\\s+out|reset\\s+(?:my\\s+)?(?:password|account)|the\\s+app\\s+(?:won\'?t|isn\'?t|doesn\'?t|keeps)',
  '(?:change|update|new|correct)\\s+(?:my\\s+|of\\s+|his\\s+|her\\s+)?(?:home\\s+|mailing\\s+)?(?:address|phone|phone\\s+number|cell|email|e-mail|name|last\\s+name|contact\\s+info\\w*|emergency\\s+contact|preferred\\s+pharmacy)',
  'compliment\\w*|kudos|shout[- ]?out|feedback|complain\\w*|suggestion|grievance',
  'thank\\s+(?:you|u)\\s+(?:so\\s+much\\s+|very\\s+much\\s+)?(?:for|to)\\s+(?:everything|all\\s+you|the\\s+(?:great|wonderful|kind|excellent)\\s+care|taking\\s+(?:such\\s+)?(?:good\\s+|great\\s+)?care|being\\s+(?:so|such)|saving|catching|helping\\s+(?:me|us|my)|you\\s+all)',
  '(?:office|clinic|your|practice)\\s+hours|hours\\s+on\\s+(?:saturdays?|sundays?|weekends?|holidays?|the\\s+weekend)|what\\s+time\\s+(?:do|does)\\s+(?:you|the\\s+(?:office|clinic))\\s+(?:open|close)|(?:are\\s+you|is\\s+the\\s+(?:office|clinic))\\s+open|directions|parking\\s+(?:lot|garage)|wi-?fi|lost\\s+and\\s+found|left\\s+my\\s+(?:[a-z]+\\s+)?(?:umbrella|glasses|jacket|coat|phone|keys|bag|scarf|sweater|wallet)',
  'interpreter|translator|volunteer|newsletter|unsubscribe|survey|wrong\\s+(?:person|patient|number)|stop\\s+(?:texting|emailing|calling)',
  'switch\\s+(?:doctors|providers|physicians)|change\\s+(?:my\\s+)?(?:doctor|provider|physician|pcp)|accepting\\s+new\\s+patients',
);
// The office itself: the portal and its messages, access to the building, who works here.
t(
  'other',
  3,
  'request',
  "(?:the|your|this)\\s+(?:portal|app|website|web\\s*site|site|inbox)\\s+(?:keeps|won'?t|doesn'?t|does\\s+not|isn'?t|is\\s+not|is\\s+(?:down|broken|glitch\\w*))",
  "(?:in|on)\\s+the\\s+app\\s+but\\s+not|(?:a|the)\\s+bug\\b|glitch\\w*",
  '(?:text|email|e-mail|phone|robo-?call|automated)\\s+(?:reminders?|messages?|notifications?|alerts?)(?!\\s+(?:about|for)\\s+(?:my|the)\\s+(?:results?|labs?))',
  '(?:remove|take)\\s+me\\s+off|opt\\s+out|stop\\s+(?:sending|getting)',
  "wheelchair[- ]accessible|(?:handicap\\w*|accessible|disabled)\\s+(?:parking|entrance|spots?|spaces?)(?!\\s+(?:placard|permit|form|tag))|elevators?|ramp\\b|parking\\s+validation|valet",
  "(?:still|no\\s+longer)\\s+(?:with|at|working\\s+(?:at|for|with))\\s+(?:the|your|this)\\s+(?:practice|office|clinic)",
  "(?:is\\s+there|do\\s+you\\s+(?:guys\\s+)?have)\\s+a\\s+(?:pharmacy|lab|cafeteria|atm|restroom|bathroom|nurse\\s+line|better\\s+number)\\s+(?:inside|in|near|at|on|for|i\\s+can)",
  "(?:message\\s+(?:the\\s+)?(?:nurse|doctor)\\s+directly|who'?s\\s+reading\\s+these)",
);
t('other', 1, 'support', "retired|retiring|left\\s+the\\s+practice|leaving\\s+the\\s+practice|new\\s+(?:primary|pcp)\\b|hold\\s+music|on\\s+hold|phone\\s+tree|front\\s+desk\\s+(?:number|line|staff)|main\\s+line");
t('other', 0.5, 'support', 'thank\\s+you|thanks|grateful|appreciate');

/** All category evidence (compiled with the other lexicons in scan.ts). */
export const CATEGORY_TERMS: readonly TermSpec<CategoryTerm>[] = terms;
