import type { TermSpec } from './matcher';

/**
 * Emergency red flags. Each pattern runs over folded text (lower case, straight apostrophes)
 * inside one combined regex; whether a hit counts is decided afterwards from its context
 * (negation, history, hypotheticals), see cues.ts.
 *
 * To add a red flag: add an entry with a stable `id` (stored on decisions), a `label` for
 * explanations, and patterns that start with a literal word (never a wildcard: that keeps the
 * combined scan fast). Use only non-capturing groups. Then add corpus messages for it, including
 * a negated and a historical one, and run the tests.
 */
export interface RedFlag {
  id: string;
  label: string;
  patterns: string[];
  /** Mild wording or exertion ("a bit short of breath climbing stairs") means it is not an emergency. */
  mildDefuse?: boolean;
  /** Two-part patterns ("baby … fever"): negation is also checked before the last word. */
  composite?: boolean;
}

// Reusable pieces of patterns.
const POSS = "(?:my|his|her|their|the|our|your|its|mom'?s|dad'?s)";
const BREATHE = '(?:bre?a?t?h[a-z]*|breat[a-z]*|breah[a-z]*)';
// The chest, and its bone in lay and clinical words ("behind my breastbone", "sternum").
const CHEST = '(?:chest|chset|cheast|chets|chestt|cheat|breast\\s?bone|brestbone|sternum)';
const CHEST_FEEL =
  '(?:pains?|pian|pane|payne|pressure|presure|tight\\w*|hurt\\w*|aches?|aching|discomfort|heav\\w*|squeez\\w*|crush\\w*|burning|stabbing|sharp|tightening|killing|on\\s+fire|in\\s+a\\s+vi[sc]e|(?:being\\s+)?(?:squeezed|crushed)|ripping|tearing|exploding|(?:about\\s+to|going\\s+to|gonna)\\s+(?:explode|burst|cave\\s+in))';
// A chest that tightens with every cold is a pattern to discuss, not an event.
const NOT_WITH_A_COLD =
  '(?![^.!?\\n]{0,30}\\bwhen(?:ever)?\\s+(?:i|he|she)\\s+(?:have|has|get|gets|catch|catches)\\s+(?:a\\s+)?(?:cold|cough|virus|flu|chest\\s+infection|allergies|hay\\s+fever|bronchitis))';
const FILLER = "(?:(?:is|are|feels?|felt|has\\s+been|have\\s+been|keeps|started|starting|really|very|so|just|kind\\s+of|kinda|all|like|it'?s|its|getting|to|up|suddenly|now|still)\\s+)";
const CANT =
  "(?:can'?t|cant|cannot|can\\s+not|could(?:n'?t|nt|\\s+not)|unable\\s+to|not\\s+able\\s+to|(?:have|has|had)(?:n'?t|\\s+not)\\s+been\\s+able\\s+to|(?:is|are|am|was)(?:n'?t|\\s+not)\\s+able\\s+to|struggl\\w*\\s+to)";
const NOT_NOSE = "(?!\\s+(?:through|thru|out\\s+of|in\\s+through)\\s+(?:my|his|her|the|one|their|a)\\s+(?:nose|nostrils?|masks?|n95|face\\s*masks?))";
// Blood itself, not a test or a measure of it ("bloods" is British for blood tests).
const BLOOD = '(?:blood(?!s\\b|[- ]?(?:work|tests?|draws?|pressure|sugars?|thinners?|type|counts?|panel|levels?|donation|bank|glucose|orange|results?|samples?|vessels?)))';
const BLEED = '(?:(?:nose\\s*)?bleed\\w*|bled)';
const NUM_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const INFANT =
  `(?:newborn|new\\s+born|new-born|infant|neonate|(?:[1-9]|1[0-2]|${NUM_WORD})[- ](?:weeks?|wks?|days?)[- ]old` +
  `|(?:[12]|one|two)[- ](?:months?|mo)[- ]old` +
  `|(?<!(?:\\d|${NUM_WORD})[- ](?:months?|mos?|years?|yrs?|yr)[- ]old\\s)baby(?!\\s+(?:is|was)\\s+(?:\\d+|${NUM_WORD}|almost|nearly)\\s)(?!\\s+(?:aspirin|shampoo|food|oil|powder|monitor|wipes|formula)))`;
const FEVER =
  '(?:fever\\w*|feaver\\w*|fevre|febrile|burning\\s+up|hot\\s+to\\s+the\\s+touch|(?:feels?|felt|is|very|so|really|super|burning)\\s+hot(?!\\s+(?:in\\s+here|outside|today|weather|flash\\w*|water|bath|shower|tea|coffee|food|sauce|pepper))|temp(?:erature)?\\s+(?:of\\s+|is\\s+|was\\s+|at\\s+|reading\\s+)?(?:1\\d\\d|3[89]|high)\\w*|(?:100\\.[4-9]|10[1-6](?:\\.\\d)?)(?:\\s*(?:f|degrees))?|3[89](?:\\.\\d)?\\s*(?:c|degrees\\s+c))';
// Spotting, but not the light or brown kind (a question for office hours).
const SPOTTING = '(?<!(?:light|little|bit\\s+of|tiny|brown|brownish|pink)\\s)spotting(?![^.!?\\n]{0,40}\\b(?:light(?![- ]?head)|brown|brownish|pink|pinkish)\\b)';
const STIFF_NECK =
  "(?:stiff\\s+neck|neck\\s+(?:is\\s+|feels\\s+|so\\s+|really\\s+|very\\s+|super\\s+|got\\s+)*stiff|(?:can'?t|cannot|unable\\s+to)\\s+(?:bend|touch|put|get)\\s+(?:my|his|her)\\s+chin\\s+(?:to|on|down\\s+to)\\s+(?:my|his|her)\\s+chest)";
// A pain score at the top of the scale: "10/10", "9 out of 10".
const TEN_OF_TEN = '(?:10|9|ten|nine|11|eleven|20)\\s*(?:/|out\\s+of)\\s*10(?!\\d)';
const HIGH_FEVER = '(?:fever|temp\\w*)\\s+(?:of\\s+|is\\s+|was\\s+|at\\s+|over\\s+|up\\s+to\\s+)?(?:10[2-6](?:\\.\\d)?|39\\.[5-9]|4[01](?:\\.\\d)?)';
const FACE = '(?:face|mouth|smile|side\\s+of\\s+(?:my|his|her)\\s+face)';
const INTENT =
  "(?:want(?:ed|s)?\\s+to|decided\\s+to|ready\\s+to|about\\s+to|thinking\\s+(?:about|of)|thought\\s+(?:about|of)|thoughts\\s+(?:about|of)|urges?\\s+to|going\\s+to|gonna|plan(?:ning)?\\s+to|feel\\s+like|might|could)";
const HARM_VERB = '(?:kill\\w*|hurt\\w*|harm\\w*|cut\\w*|end\\w*|shoot\\w*|hang\\w*|stab\\w*|overdos\\w*|drown\\w*)';
// Anyone the writer or the person they write about could mean to harm: a pronoun, or a possessive
// and a relation ("his ex wife", "our neighbour"), so third-person reports match as well.
const OTHERS =
  "(?:him|her|them|someone|somebody|people|everyone|(?:my|his|her|their|our|the)\\s+(?:ex[- ]?)?(?:husband|wife|partner|boss|neighbou?rs?|kids?|children|son|daughter|mother|mom|mum|father|dad|family|brother|sister|coworkers?|co-workers?|boyfriend|girlfriend|baby|roommate|landlord|teacher|manager|ex)|(?:the|that|this|a|some)\\s+(?:guy|man|woman|kid|boy|girl|person|driver|coach|lady|dude)|(?:those|these|the)\\s+(?:guys|people|kids|men))";
// Said or threatened about a third person ("he is saying he is going to", "threatening to").
const THREAT = '(?:threaten\\w*\\s+to|(?:says?|said|saying)\\s+(?:he|she|they)\\s+(?:is|was|are|will|would|wants\\s+to|wanted\\s+to)(?:\\s+going\\s+to)?)';
// Services and documents named after a condition ("chest pain clinic", "stroke screening"): not an event.
const SERVICE =
  '(?!\\s+(?:clinic|unit|ward|service|centre|center|pathway|team|nurse|specialist|screening|assessment|work-?up|protocol|study|trial|leaflet|awareness|support\\s+group|education|checks?))';
// Abdomen, in lay words.
const BELLY = '(?:stomach|belly|tummy|abdomen|abdominal|abdo|gut)';
// A change in awareness: the mental-status half of "sick and confused" (sepsis, meningitis).
const ALTERED =
  "(?:confus\\w*(?!\\s+(?:about|by|with|as\\s+to|if|whether|why|what|which|how|over))|delirious|disorient\\w*|not\\s+making\\s+(?:any\\s+)?sense|(?:hardly|barely|not)\\s+respond\\w*|(?:hard|difficult|impossible)\\s+to\\s+(?:wake|rouse)" +
  "|(?:does\\s*n'?t|does\\s+not|did\\s*n'?t|did\\s+not|do\\s*n'?t)\\s+(?:know|recogni[sz]e)\\s+(?:where\\s+(?:he|she|i|they)\\s+(?:is|am|are|was)|who\\s+(?:i|we|he|she)\\s+(?:am|are|is)|what\\s+day|(?:me|us|anyone|his\\s+own|her\\s+own)\\b)" +
  "|(?:does\\s*n'?t|does\\s+not|did\\s*n'?t|did\\s+not)\\s+make\\s+(?:any\\s+)?sense|talking\\s+nonsense)";
// What makes severe belly pain an emergency rather than a stomach bug.
const ABDO_SIGN = `(?:${FEVER}|can'?t\\s+(?:stand|walk|move|straighten)|cannot\\s+(?:stand|walk|move)|doubled\\s+over|rigid|hard\\s+as\\s+a\\s+(?:board|rock))`;
// Weakness or numbness said after the side of the body ("… went numb", "is weak and heavy").
const SIDE_SIGN =
  "(?:(?:is|are|went|gone|has|have|feels?|felt|suddenly|just|all|completely|both|got|kind\\s+of|kinda|really|very|gone)\\s+){0,3}(?:numb\\w*|weak\\w*|limp|dead|heavy|tingl\\w*|paraly\\w*|(?:is\\s+)?not\\s+(?:moving|working))";
const HEAD_SIGN =
  "(?:(?:more|very|really|so)\\s+(?:drowsy|sleepy|confused)|drowsier|repeat\\w*\\s+(?:the\\s+same|herself|himself|themselves|questions)|(?:keeps|kept)\\s+asking\\s+the\\s+same|not\\s+acting\\s+(?:like\\s+)?(?:right|normal|himself|herself)|vomit\\w*|throw\\w*\\s+up|threw\\s+up|thrown\\s+up|confus\\w*|drowsy|sleepy|passed\\s+out|knocked\\s+out|blacked\\s+out|won'?t\\s+stop\\s+crying|unequal\\s+pupils)";
// Doses taken as usual ("took all my blood pressure pills this morning").
const NOT_ROUTINE =
  '(?!\\s+(?:this\\s+morning|today|tonight|as\\s+(?:usual|prescribed|normal|directed)|like\\s+(?:normal|usual|always|i\\s+should)|on\\s+time|every\\s+(?:day|morning|night)|daily|with\\s+(?:food|breakfast|lunch|dinner|water)))';
// Up to the end of a sentence, reading through decimal points ("a fever of 39.4 and …").
const SPAN = '(?:[^.!?\\n]|\\.(?=\\d))';
const CURTAIN_FALLS =
  '(?:(?:is|was|has|had)\\s+)?(?:came|coming|comes|come|fell|falling|fallen|dropped|dropping|drawn|pulled|going|went|closing|closed)\\s+(?:down|over|across)';
// Sweating now, as a sign (not "night sweats" with a cold).
const COLD_SWEAT = '(?:sweating|sweaty|clammy|cold\\s+sweat|drenched|sweat\\s+(?:is\\s+)?pouring)';
// Soreness with an everyday cause named right after it.
const NOT_AFTER_JAB =
  '(?!\\s+(?:after|from|since)\\s+(?:the\\s+|my\\s+|a\\s+|an\\s+)?(?:flu\\s+|covid\\s+)?(?:shot|jab|vaccine|vaccination|injection|booster|dentist|dental|workout|gym|lifting))';
const CHILLS = '(?:shiver\\w*|shaking\\s+chills|rigou?rs|chills)';
// Anticoagulants and antiplatelets by class, generic and brand name: a head knock on one can bleed.
const THINNER =
  '(?:blood\\s*thinners?|anti-?coagul\\w*|warfarin|coumadin|jantoven|eliquis|apixaban|xarelto|rivaroxaban|pradaxa|dabigatran|savaysa|edoxaban|lovenox|enoxaparin|heparin|clopidogrel|plavix|brilinta|ticagrelor|prasugrel|effient)';
const WEAPON = '(?:guns?|rifles?|shotguns?|pistols?|handguns?|firearms?|knife|knives|weapons?|machete)(?![a-z])';
// Pills as a count or a class ("15 of my tylenol pm", "all her antidepressants").
const PILLS = '(?:pills|tablets|tabs|capsules|caps|meds|medications?|medicines?)';
const DRUG_CLASS =
  '(?:antidepressants?|anti-?depressants?|sleeping\\s+(?:pills|tablets)|sleep\\s+(?:pills|meds)|painkillers|pain\\s+(?:pills|meds|killers)|opioids?|opiates?|oxy\\w*|benzos?|xanax|valium|klonopin|ativan|lithium|insulin|tylenol(?:\\s+pm)?|paracetamol|acetaminophen|ibuprofen|advil|aspirin|tramadol|morphine|seroquel|antipsychotics?|sedatives?|prescriptions?|(?:blood\\s+pressure|heart|anxiety|seizure|diabetes|nerve)\\s+(?:pills|meds|tablets))';
const MANY = '(?:[1-9]\\d{1,2}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)';
// Signs that turn bleeding from the gut into an emergency.
const SHOCK =
  "(?:dizz\\w*|light-?headed\\w*|faint\\w*|nearly\\s+(?:fell|passed\\s+out|fainted)|almost\\s+(?:fell|passed\\s+out|fainted)|pass(?:ed|ing)?\\s+out|black(?:ed|ing)?\\s+out|collaps\\w*|very\\s+weak|so\\s+weak|really\\s+weak|pale\\s+and\\s+(?:sweaty|clammy)|" + THINNER + ')';
// Gut bleeding: black or tarry stool in lay words.
const MELENA =
  '(?:(?:black|tarry|tar-?like|maroon|jet\\s+black)(?:\\s*,\\s*|\\s+and\\s+|\\s+)(?:(?:sticky|tarry|tar-?like|smelly|shiny|runny|loose)\\s+)?(?:stools?|poop|poo|bowel\\s+movements?|diarrh\\w*)' +
  '|(?:stools?|poop|poo|bowel\\s+movements?)\\s+(?:(?:has|have|is|are|was|were|been|looks?|looked|turned|gone|went|all|very|really)\\s+){0,3}(?:black|tarry|like\\s+tar|maroon))';
// Vision changes of pre-eclampsia (and of a migraine, so only with pregnancy).
const VISION_SIGN =
  '(?:(?:flashing|flickering|sparkling|zigzag)\\s+(?:lights?|spots?|stars?|lines?)|seeing\\s+(?:stars|spots|flashes|sparkles|lights|double)|blurr?(?:y|ed)\\s+vision|vision\\s+(?:is\\s+|has\\s+gone\\s+|went\\s+|getting\\s+)?(?:blurr\\w*|spotty|funny|weird|dark\\w*))';
const BAD_HEADACHE =
  '(?:severe|terrible|pounding|awful|splitting|horrible|worst|throbbing|intense|excruciating|blinding|really\\s+bad|very\\s+bad|massive)\\s+(?:[a-z]+\\s+)?headache';
const PREGNANT = '(?:pregnan\\w*|(?:2\\d|3\\d|4[0-2])\\s*(?:weeks?|wks?)\\s+(?:along|pregnant)|(?:third|3rd)\\s+trimester)';
const LATE_PREGNANCY =
  '(?:(?:2\\d|3\\d|4[0-2])\\s*(?:weeks?|wks?)|(?:third|3rd)\\s+trimester|pregnan\\w*\\s+(?:at\\s+|with\\s+|for\\s+)?(?:2\\d|3\\d|4[0-2])\\s*(?:weeks?|wks?))';
// Allergy triggers named in a message (a sting, a food, a new drug, hives) and the signs that make
// a reaction dangerous (swelling of the face or airway, wheezing, trouble swallowing or breathing).
const ALLERGEN =
  '(?:stung|stings?|bee|wasps?|hornets?|yellow\\s*jackets?|hives|welts|peanuts?|tree\\s+nuts?|nuts|walnuts?|almonds?|pecans?|pistachios?|sesame|cashews?|shellfish|shrimp|new\\s+(?:antibiotic|drug|medication|medicine|pill|prescription)|antibiotics?|penicillin|amoxicillin)(?![a-z])';
const ALLERGY_SIGN =
  "(?:(?:face|throat|tongue|lips?|mouth|eyelids)\\s+(?:(?:is|are|has|have|started|starting|getting|got|all|really|very|now|already|keeps|swelling)\\s+){0,2}(?:swell\\w*|swollen|puff\\w*)|wheez\\w*|voice\\s+(?:(?:is|has|sounds?|got|went)\\s+)?(?:changed|hoarse|raspy|different|funny|weird|squeaky)|(?:hard|difficult|trouble|difficulty|struggling|can'?t|cannot|unable|(?:a\\s+)?hard\\s+time)\\s+(?:to\\s+)?(?:swallow\\w*|breath\\w*)|throat\\s+(?:(?:feels|feeling|is|getting|gets|got|went|so|very|really|all)\\s+){0,3}(?:tight\\w*|closing|thick))";
// Glucose: a meter's "HI" or a very high reading; a very low one (< 54 mg/dL, < 3 mmol/L).
const GLUCOSE = '(?:(?:blood\\s+)?sugars?|glucose|bg|bs|bgl|meter|monitor|glucometer|cgm|dexcom|libre|reading)';
const READS = '(?:is|was|reads?|read|says|said|shows?|showed|showing|displays?|at|of|came\\s+(?:back|up)|dropped\\s+to|went\\s+(?:down\\s+|up\\s+)?to|down\\s+to|only|just)';
const LOW_READING = `${GLUCOSE}\\s+(?:${READS}\\s+){0,2}(?:only\\s+|just\\s+)?(?:[1-4]\\d|5[0-3]|[12](?:\\.\\d)?|0\\.\\d)(?![\\d%]|\\.\\d|\\s*(?:%|percent|mmol\\s*/\\s*mol|years?|yrs?|weeks?|units?|times|x\\b|days?|hours?|mins?|minutes?|strips|readings|grams?|g\\b|carbs?))`;
const HYPO_SIGN =
  "(?:confus\\w*|disorient\\w*|shak(?:y|ing)|trembl\\w*|sweat\\w*|clammy|not\\s+making\\s+(?:any\\s+)?sense|(?:does\\s*n'?t|does\\s+not)\\s+make\\s+sense|slurr\\w*|drows\\w*|acting\\s+(?:\\w+\\s+)?(?:strange|weird|drunk|odd)|(?:won'?t|can'?t|cannot)\\s+(?:wake|swallow|drink|eat))";

// Pulse oximetry: a reading verb and a saturation of 90% or less (not "9 out of 10", not a year).
const OX_READS = '(?:is|was|reads?|reading|says|said|saying|shows?|showed|showing|at|of|dropped|dropping|down|went|going|to|keeps|only|just|around|about|between|in\\s+the|hovering|staying|sitting|stuck)';
const LOW_SAT = '(?:[4-8]\\d|90)(?![\\d/]|\\.\\d|\\s*(?:years?|yrs?|lbs?|pounds|kg|liters?|litres?|l\\b|lpm|mins?|minutes?|hours?|mg|dollars|bpm|beats|degrees|f\\b|c\\b|mmhg|over|\\/))';
// Blood pressure in the severe range: systolic 180 or more, or diastolic 120 or more.
const SEVERE_BP = '(?:(?:1[89]\\d|2[0-9]\\d)\\s*(?:/|over)\\s*\\d{2,3}|\\d{3}\\s*(?:/|over)\\s*(?:1[2-5]\\d))(?!\\d)';
// In pregnancy or after a birth, 160/110 is already severe.
const PREG_BP = '(?:(?:1[6-9]\\d|2\\d\\d)\\s*(?:/|over)\\s*\\d{2,3}|\\d{3}\\s*(?:/|over)\\s*(?:1[1-5]\\d))(?!\\d)';
const BP_SIGN =
  "(?:head\\s*ache|chest\\s+(?:pain|pressure|tight\\w*)|blurr\\w*|vision|seeing\\s+(?:spots|double|stars)|confus\\w*|slurr\\w*|numb\\w*|weak\\w*|short(?:ness)?\\s+of\\s+breath|(?:can'?t|cannot)\\s+(?:breathe|see|think)|nose\\s*bleed\\w*\\s+(?:won'?t|that\\s+won'?t))";
const POSTPARTUM =
  "(?:post-?partum|post\\s+partum|(?:had|delivered|gave\\s+birth\\s+to)\\s+(?:my|the|our|her)\\s+(?:baby|son|daughter|twins|little\\s+\\w+)\\s+(?:\\d+|a|one|two|three|four|five|six|few|couple\\s+of)\\s+(?:days?|weeks?)\\s+ago|gave\\s+birth\\s+(?:\\d+|a|one|two|three|four|five|six|few|couple\\s+of)\\s+(?:days?|weeks?)\\s+ago|(?:since|after)\\s+(?:my|the|her)\\s+(?:delivery|c-?section|birth|labou?r)|(?:\\d+|one|two|three|four|five|six)\\s+(?:days?|weeks?)\\s+(?:post-?partum|after\\s+(?:delivery|giving\\s+birth|my\\s+c-?section)))";
const CO_SOURCE =
  "(?:furnace|boiler|space\\s+heaters?|gas\\s+(?:heater|fire|stove|leak|smell|fireplace)|smell\\w*\\s+(?:of\\s+)?gas|generator|carbon\\s+monoxide|co\\s+(?:alarm|detector|monitor)|(?:alarm|detector)\\s+(?:is\\s+|was\\s+|keeps\\s+)?(?:going\\s+off|beeping|went\\s+off)|car\\s+running\\s+in\\s+the\\s+garage)";
const CO_SIGN =
  "(?:(?:all|both|everyone|everybody|whole\\s+family|the\\s+kids|we)\\s+(?:[a-z']+\\s+){0,6}?(?:head\\s*aches?|dizz\\w*|nause\\w*|sick|throw\\w*\\s+up|threw\\s+up|vomit\\w*|drowsy|sleepy|confus\\w*)|confus\\w*|passed\\s+out|faint\\w*|(?:hard|difficult)\\s+to\\s+wake)";

// Bladder or bowel control lost, and numbness of the legs or the saddle area (cauda equina).
const CONTINENCE_LOST =
  "(?:(?:can'?t|cannot|unable\\s+to|could(?:n'?t|\\s+not))\\s+(?:control|hold)\\s+(?:my|his|her)\\s+(?:bladder|bowels?|pee|urine)|(?:lost|losing|loss\\s+of|no)\\s+(?:control\\s+(?:of|over)\\s+(?:my|his|her|the)\\s+)?(?:bladder|bowels?)(?:\\s+control)?|(?:wet|peed|pooped)\\s+(?:my|him|her)(?:self)?\\s+without\\s+(?:feeling|noticing|knowing)|(?:can'?t|cannot|unable\\s+to)\\s+(?:pee|urinate))";
const SADDLE_SIGN =
  "(?:numb\\w*|(?:can'?t|cannot)\\s+feel|weak\\w*|tingl\\w*|(?:back|spine)\\s+(?:pain|hurts|is\\s+killing))";
// A pulse reading far out of range (150+ or under 40), or "racing at 190".
const HR_EXTREME =
  "(?:heart\\s*rate|heart\\s*beat|heartbeat|hr|pulse|heart)\\s+(?:(?:is|was|at|of|reads?|says|went|up|down|to|jumped|dropped|racing|pounding|going|keeps|around|about|over|like|in\\s+the|only|just|staying|stuck|beating)\\s+){0,3}(?:1[5-9]\\d|2[0-4]\\d|[23]\\d)(?!\\d|\\.\\d|\\s*(?:years?|yrs?|mins?|minutes?|seconds?|secs?|%|/|over|lbs?|pounds|mg|times|days?))";
const HR_SIGN =
  "(?:dizz\\w*|light-?headed\\w*|faint\\w*|pass(?:ed|ing)?\\s+out|black(?:ed|ing)?\\s+out|chest\\s+(?:pain|pressure|tight\\w*|hurts)|short(?:ness)?\\s+of\\s+breath|(?:can'?t|cannot)\\s+(?:breathe|catch)|confus\\w*|collaps\\w*)";

const CHEMICAL =
  "(?:bleach|chemicals?|drain\\s+cleaner|oven\\s+cleaner|toilet\\s+cleaner|acid|lye|ammonia|battery\\s+acid|cleaning\\s+(?:spray|fluid|product)|pepper\\s+spray|cement|lime|solvent|degreaser)";

export const RED_FLAGS: readonly RedFlag[] = [
  {
    id: 'chest_pain',
    label: 'chest pain or pressure',
    patterns: [
      `${CHEST}\\s+${FILLER}{0,3}${CHEST_FEEL}${SERVICE}${NOT_WITH_A_COLD}`,
      `(?:pains?|pressure|presure|preshure|preasure|tightness|tighness|squeezing|crushing|heaviness|hurting|ache|aching|discomfort|weight|burning|stabbing|tightening|band|belt|vice|vise|clamp)\\s+(?:(?:feeling|sensation|feel)\\s+)?(?:in|on|across|around|under|behind|through|in\\s+the\\s+middle\\s+of)\\s+(?:${POSS}\\s+)?(?:left\\s+side\\s+of\\s+(?:my\\s+)?)?${CHEST}`,
      `(?:elephant|weight|something\\s+heavy|someone|a\\s+ton\\s+of\\s+bricks|bricks?|a\\s+truck)\\s+(?:[a-z']+\\s+){0,3}(?:on|onto)\\s+(?:${POSS}\\s+)?${CHEST}`,
      // Adjective first ("a tight heavy chest"), but not a chest cold or a chest X-ray.
      `(?:tight|heavy|crushing|squeezing)\\s+(?:(?:feeling|sensation)\\s+(?:in|on|across|in\\s+the\\s+(?:middle|centre|center)\\s+of)\\s+(?:${POSS}\\s+)?)?${CHEST}(?!\\s+(?:cold|infection|congestion|cough|x-?rays?|scan|clinic))(?!\\s+${CHEST_FEEL})`,
      // Not the idioms "this bill is giving me a heart attack", "nearly had a heart attack when…".
      '(?<!(?:giv(?:e|es|ing)|gave)\\s+(?:me|him|her|us)\\s+a\\s+)(?<!(?:after|since)\\s+(?:my|his|her|their)\\s+)heart\\s*attack(?!\\s+(?:risk|survivor|prevention))',
      '(?:cardiac|heart)\\s+arrest',
      'angina',
      // A few words in Spanish, the practice's second language: "dolor de pecho", "me duele el pecho".
      '(?:dolor|presi[oó]n)\\s+(?:de|en\\s+el)\\s+pecho|duele\\s+el\\s+pecho',
      "(?:clutch\\w*|grabb\\w*|grabs|grabbed|holding|clasping|rubbing)\\s+(?:at\\s+)?(?:my|his|her|their)\\s+chest",
      // Tearing pain through to the back: a torn aorta.
      "(?:tearing|ripping)\\s+(?:[a-z]+\\s+)?(?:pain|feeling|sensation)\\s+(?:[a-z']+\\s+){0,4}?(?:chest|back|between\\s+(?:my|his|her)\\s+shoulder)",
      `(?:pain|pressure|tightness)\\s+(?:[a-z']+\\s+){0,3}(?:radiat\\w*|spread\\w*|shoot\\w*|going|goes|moving)\\s+(?:down\\s+|up\\s+|into\\s+|to\\s+)+(?:${POSS}\\s+)?(?:left\\s+arm|(?:left\\s+)?shoulder|jaw|arm\\s+and\\s+jaw|neck\\s+and\\s+arm|shoulder\\s+and\\s+jaw|neck)`,
      `(?:my|his|her)\\s+heart\\s+(?:hurts|is\\s+hurting|feels\\s+(?:like\\s+it'?s\\s+)?(?:being\\s+)?(?:squeez\\w*|crush\\w*|tight))`,
    ],
  },
  {
    // Pain where heart pain spreads to, with a cold sweat: a heart attack without the word "chest".
    id: 'cardiac_signs',
    label: 'arm, jaw or chest discomfort with sweating',
    composite: true,
    patterns: [
      `(?:jaw|left\\s+arm|left\\s+shoulder|(?:arm|shoulder|neck)\\s+and\\s+jaw|jaw\\s+and\\s+(?:left\\s+)?(?:arm|shoulder|neck))\\s+(?:(?:is|are|has|have|started|starting|really|also|now|both|all|keep|keeps)\\s+){0,2}(?:ache|aches|aching|hurts?|hurting|pain\\w*|sore|heavy|numb)${NOT_AFTER_JAB}[^.!?\\n]{0,60}?\\b${COLD_SWEAT}`,
      `${CHEST}\\s+(?:(?:feels?|felt|is|has\\s+been|really|very|so|just|kind\\s+of|kinda)\\s+){1,3}(?:weird|funny|strange|off|wrong|odd|uncomfortable|heavy)[^.!?\\n]{0,60}?\\b${COLD_SWEAT}`,
    ],
  },
  {
    id: 'breathing_difficulty',
    label: 'trouble breathing',
    patterns: [
      `(?:trouble|difficulty|difficulties|hard|harder|hard\\s+time|a\\s+hard\\s+time|struggling|struggle|problems?|difficult|labou?red|fighting)\\s+(?:to\\s+|with\\s+|at\\s+)?${BREATHE}${NOT_NOSE}`,
      `${CANT}\\s+(?:really\\s+|hardly\\s+|barely\\s+|even\\s+|seem\\s+to\\s+|properly\\s+)?(?:${BREATHE}|catch\\s+(?:${POSS}|a)\\s+${BREATHE}|get\\s+(?:enough\\s+|any\\s+|much\\s+)?(?:air|a\\s+(?:full\\s+|deep\\s+)?${BREATHE}|${BREATHE}))${NOT_NOSE}`,
      `(?:hardly|barely)\\s+(?:${BREATHE}|able\\s+to\\s+${BREATHE})${NOT_NOSE}`,
      `(?:trouble|difficulty|hard\\s+time|a\\s+hard\\s+time|struggling|problems?)\\s+(?:getting|catching|taking|drawing)\\s+(?:(?:my|his|her|a|any|enough|a\\s+deep)\\s+)?(?:${BREATHE}|air)`,
      // Not breathing at all (but not pauses in sleep: apnoea is a routine question).
      `(?:not|isn'?t|isnt|is\\s+not|wasn'?t|was\\s+not|stopped|has\\s+stopped|stops)\\s+breathing(?!\\s+(?:through|thru|in\\s+(?:his|her|my|their)\\s+sleep|at\\s+night|when\\s+(?:he|she|i)\\s+sleeps?|while\\s+(?:he|she|i)\\s+sleeps?|for\\s+a\\s+(?:few\\s+)?seconds?))`,
      "(?:doesn'?t|does\\s+not|don'?t)\\s+(?:seem\\s+to\\s+be|think\\s+(?:he|she)\\s+is)\\s+breathing",
      `(?:gasping|struggling|fighting)\\s+(?:for\\s+)?(?:air|${BREATHE})`,
      `(?:lips?|face|fingers|fingertips|fingernails|nail\\s+beds|skin|mouth|tongue)\\s+(?:(?:and\\s+(?:his\\s+|her\\s+|my\\s+|the\\s+)?(?:lips?|face|fingers|fingertips|fingernails|toes|skin|mouth))\\s+)?(?:(?:is|are|was|were|looks?|look|looking|turning|turned|going|gone|getting|has|have|had|with|a|an|bit|little|kind\\s+of|kinda|really|very|slightly|all|now|suddenly)\\s+){0,3}(?:blue|bluish|purple|purplish|grey|gray|greyish|grayish|dusky)(?!\\s+(?:from|after)\\s+(?:the\\s+)?(?:popsicle|candy|juice|dye|food|ink|marker|paint|drink|slushie|gatorade))`,
      // Colour first: "bluish lips", "blue around the mouth"; the whole child going blue.
      '(?:blue|bluish|purple|purplish|grey|gray|dusky)\\s+(?:lips|around\\s+(?:the|his|her|my)\\s+(?:mouth|lips))',
      "(?<!(?:toes?|fingers?|feet|hands?|hair|beard)\\s+(?:\\w+\\s+)?)(?:turning|turned|went|going|gone)\\s+(?:a\\s+bit\\s+|kind\\s+of\\s+|kinda\\s+|all\\s+)?(?:blue|purple|dusky)(?!\\s+(?:in\\s+the\\s+cold|when\\s+(?:it'?s\\s+)?cold|in\\s+winter))",
      `${BREATHE}\\s+(?:(?:is|has\\s+been|seems|sounds|very|really|so|super)\\s+){0,3}(?:fast\\s+and\\s+shallow|shallow\\s+and\\s+fast|labou?red|difficult|rapid\\s+and)`,
      '(?:ribs|chest|skin|tummy|belly|neck)\\s+(?:is\\s+|are\\s+)?(?:sucking|pulling|caving|sinking)\\s+in',
      'retractions',
      'nostrils\\s+flaring',
      "(?:can'?t|cannot|unable\\s+to)\\s+(?:speak|talk)\\s+(?:in\\s+)?(?:full|whole|complete)\\s+sentences",
      "(?:inhaler|nebuli[sz]er|albuterol|rescue\\s+inhaler|puffer|neb|ventolin|proair)\\s+(?:is\\s*n'?t|isnt|is\\s+not|not|doesn'?t|does\\s+not|didn'?t|did\\s+not|has\\s*n'?t|has\\s+not|won'?t|ain'?t)\\s+(?:even\\s+|really\\s+)?(?:helping|help|helped|working|work|worked|doing\\s+(?:anything|much|a\\s+thing|nothing)|touching\\s+it|making\\s+(?:a|any)\\s+difference)",
      "wheez\\w*\\s+(?:non-?stop|constantly|nonstop|all\\s+(?:day|night)\\s+and|so\\s+(?:bad|hard)|really\\s+(?:bad|hard)|and\\s+(?:gasping|can'?t\\s+(?:breathe|talk|speak)|struggling))",
      // Stridor in a child: a high noise on breathing in.
      "(?:whistl\\w*|high[- ]pitched|squeak\\w*|crowing|harsh|raspy|seal[- ]like|barking)\\s+(?:[a-z]+\\s+){0,2}?(?:noise|sound)\\s+(?:when|as|every\\s+time)\\s+(?:he|she|i|they|the\\s+baby)\\s+(?:breathes?|breathing|inhales?)\\s+in",
      'stridor',
      "suffocat\\w*|smother\\w*",
      "(?:is|was|he'?s|she'?s|i'?m|im|baby'?s|keeps|started)\\s+(?:still\\s+)?chok(?:ing|ed)(?!\\s+(?:up|back|on\\s+(?:my|his|her)\\s+words|when\\s+(?:he|she|i)\\s+(?:eats|drinks)))",
      `${BREATHE}\\s+(?:(?:is|has\\s+been|very|really|so|super|too)\\s+){0,3}(?:hard\\s+and\\s+fast|fast\\s+and\\s+hard|heavy\\s+and\\s+fast|fast\\s+and\\s+heavy)`,
      "(?<!(?:hair|beard|eyebrows?|roots|temples|sky|weather|dog|cat)\\s+(?:(?:is|are|has|have|keeps|started)\\s+)?(?:\\w+\\s+)?)(?:looks?|looking|turned|turning|gone|went|going)\\s+(?:really\\s+|very\\s+|kind\\s+of\\s+|all\\s+|a\\s+bit\\s+)?(?:grey|gray|ashen)(?!\\s+(?:hair|haired))",
      'asthma\\s+attack',
      'no\\s+puedo\\s+respirar|no\\s+puede\\s+respirar|falta\\s+de\\s+aire',
      'breathing\\s+through\\s+a\\s+(?:straw|pillow)',
      "(?:can'?t|cannot|unable\\s+to|could(?:n'?t|\\s+not))\\s+(?:say|speak|finish|get\\s+out|talk\\s+in)\\s+(?:even\\s+)?(?:one|a|a\\s+full|a\\s+whole|full|whole)\\s+sentences?",
      "(?:can'?t|cannot|could(?:n'?t|\\s+not))\\s+take\\s+(?:the\\s+|in\\s+)?(?:air|a\\s+breath)",
      `${BREATHE}\\s+(?:is\\s+)?(?:very|really|so|super)\\s+hard(?!\\s+(?:through|after|when))`,
      // Too breathless to talk, said around the breathing word rather than as "full sentences".
      `(?:${BREATHE}|wheez\\w*|gasp\\w*|asthma)[^.!?\\n]{0,40}?\\b(?:can|could)\\s+(?:hardly|barely|not|n'?t)\\s+(?:talk|speak)`,
      `${BREATHE}\\s+(?:(?:is|really|very|so|super)\\s+){0,2}(?:fast|rapid|quick)\\s+and\\s+(?:grunt\\w*|wheez\\w*|shallow|noisy|labou?red)`,
      "(?:can'?t|cannot|unable\\s+to)\\s+swallow\\s+(?:my\\s+|his\\s+|her\\s+)?(?:own\\s+)?(?:spit|saliva)",
      `(?:heart|pulse)\\s+(?:is\\s+)?(?:racing|pounding)\\s+(?:and|with)\\s+(?:i|he|she)\\s+(?:can'?t|cannot)\\s+(?:catch|get)`,
    ],
  },
  {
    id: 'short_of_breath',
    label: 'shortness of breath',
    mildDefuse: true,
    patterns: [`short(?:ness)?\\s+(?:of|o)\\s+${BREATHE}`, `out\\s+of\\s+${BREATHE}`, 'breathless\\w*', 'winded'],
  },
  {
    id: 'stroke_signs',
    label: 'stroke signs',
    patterns: [
      `${FACE}\\s+(?:(?:is|was|looks?|looked|seems|seemed|started|starting|keeps|suddenly|went|all|kind\\s+of|kinda|a\\s+bit|to|on\\s+one\\s+side)\\s+){0,3}(?:droop\\w*|sag\\w*|lopsided|uneven|crooked)`,
      `face\\s+(?:is\\s+|went\\s+|feels\\s+|suddenly\\s+)*numb`,
      // The face or mouth pulled over: "her mouth is going to one side", "his face went sideways".
      `${FACE}\\s+(?:(?:is|was|has|keeps|started|suddenly|all)\\s+){0,2}(?:going|gone|went|pulled|pulling|pulls|dropped|dropping|falling|fallen|slanted|slanting|twisted|twisting)\\s+(?:down\\s+)?(?:to\\s+|on\\s+)?(?:one\\s+side|the\\s+side|sideways|(?:the\\s+)?(?:left|right)(?:\\s+side)?)`,
      `(?:one|the\\s+(?:left|right))\\s+side\\s+of\\s+(?:${POSS}\\s+)?(?:face|mouth)\\s+(?:(?:is|has|went|looks|suddenly)\\s+){0,2}(?:droop\\w*|fallen|dropped|numb|not\\s+moving|sagg\\w*)`,
      `(?:droop\\w*|sagg\\w*|lopsided)\\s+(?:[a-z']+\\s+){0,2}(?:face|smile|mouth)`,
      `slurr?\\w*\\s+(?:[a-z']+\\s+)?(?:speech|words|talking|speaking)`,
      'slurring',
      `(?:speech|words|talking|speaking)\\s+(?:(?:is|are|was|were|sounds?|sounded|seems|seemed|got|became|all|really|very|kind\\s+of|suddenly|coming\\s+out|come\\s+out|came\\s+out|keep\\s+coming\\s+out)\\s+){0,3}(?:slurr\\w*|garbled|jumbled|funny|weird|strange|mixed\\s+up|wrong|off|backwards|nonsense|gibberish|all\\s+wrong|not\\s+right|not\\s+making\\s+sense|(?:doesn'?t|does\\s+not|didn'?t)\\s+make\\s+(?:any\\s+)?sense|makes\\s+no\\s+sense)`,
      "(?:can'?t|cannot|couldn'?t|unable\\s+to)\\s+(?:get\\s+(?:the|my|his|her|any)\\s+words\\s+out|find\\s+(?:the|my|his|her)\\s+words)",
      `(?:weak\\w*|numb(?:ness|ed)?|paraly\\w*)\\s+(?:[a-z']+\\s+){0,4}?(?:on\\s+)?(?:one\\s+side|(?:the\\s+)?(?:left|right)\\s+side\\s+of\\s+(?:my|his|her|the)\\s+(?:body|face)|(?:my|his|her|the)\\s+(?:left|right)\\s+(?:side|arm\\s+and\\s+leg|leg\\s+and\\s+arm))`,
      '(?:one|left|right)[- ]sided\\s+(?:weakness|numbness|paralysis)',
      `(?:left|right)\\s+(?:arm|hand|leg|foot|face)\\s+and\\s+(?:(?:my|his|her|the)\\s+)?(?:left|right)\\s+(?:arm|hand|leg|foot|face)\\s+${SIDE_SIGN}`,
      "(?:my|his|her)\\s+(?:left|right)\\s+(?:hand|arm|leg|foot|side)\\s+(?:won'?t|wont|will\\s+not|doesn'?t|does\\s+not|isn'?t|is\\s+not|can'?t|stopped)\\s+(?:work|move|working|moving|respond\\w*|listen\\w*)",
      "(?:can'?t|cannot|couldn'?t|unable\\s+to)\\s+(?:move|lift|raise|feel)\\s+(?:my|his|her)\\s+(?:left|right)\\s+(?:arm|leg|hand|side)",
      `(?:left|right)\\s+(?:arm|leg|side|hand|foot)\\s+(?:(?:is|went|feels|felt|suddenly|just|has|gone|all|very|really|so|kind\\s+of|kinda|completely|totally|got|getting|become|became)\\s+){1,3}(?:weak|limp|dead|paraly[sz]ed|useless|heavy\\s+and\\s+(?:numb|weak))`,
      // A leg that suddenly will not lift its foot: "I drag the foot when I walk".
      "(?:drag|drags|dragging|dragged)\\s+(?:my|his|her|the|one|their)\\s+(?:(?:left|right)\\s+)?(?:foot|leg)(?![^.!?\\n]{0,40}(?:for\\s+(?:years|months)|since\\s+(?:the|my|his|her)\\s+(?:surgery|injury|accident|stroke)|drop\\s+foot))",
      "(?<!(?:giv(?:e|es|ing)|gave)\\s+(?:me|him|her|us)\\s+a\\s)(?<!(?:after|since)\\s+(?:my|his|her|their)\\s)(?<!heat\\s|brush\\s|back\\s|swim(?:ming)?\\s|breast\\s|key\\s|pen\\s|golf\\s|post[- ])stroke(?!\\s+(?:of\\s+(?:luck|genius|midnight|good\\s+fortune|inspiration)|survivor|rehab\\w*|clinic|risk|prevention|order|volume|rate|count|screening|unit|ward|team|nurse|specialist|centre|center|service|assessment|awareness|support|association|education|checks?))",
      'transient\\s+ischemic',
      // The back of the brain: double vision or spinning with legs that will not carry them.
      "(?:seeing\\s+double|double\\s+vision|room\\s+(?:is\\s+)?spinning|everything\\s+(?:is\\s+)?spinning)[^.!?\\n]{0,80}?\\b(?:can'?t|cannot|unable\\s+to|could(?:n'?t|\\s+not))\\s+(?:walk|stand|balance|keep\\s+(?:my|his|her)\\s+balance)",
      `(?:sudden\\w*|all\\s+of\\s+a\\s+sudden|out\\s+of\\s+nowhere)\\s+(?:[a-z']+\\s+){0,2}?${ALTERED}`,
      `sudden\\w*\\s+(?:[a-z']+\\s+)?(?:confus\\w*|loss\\s+of\\s+(?:vision|sight|balance)|(?:lost|lose|losing)\\s+(?:the\\s+)?(?:vision|sight|balance)|blind\\w*|(?:can'?t|cannot)\\s+see|double\\s+vision|vision\\s+loss)`,
      '(?:lost|losing|lose|loss\\s+of)\\s+(?:the\\s+|all\\s+)?(?:vision|sight)\\s+in\\s+(?:one|my\\s+(?:left|right)|his\\s+(?:left|right)|her\\s+(?:left|right))\\s+eye',
      '(?:went|gone|going)\\s+blind\\s+in\\s+one\\s+eye',
      // One side of the body in lay words: "my arm and leg on the right side went numb".
      `(?:arm\\s+and\\s+leg|leg\\s+and\\s+arm|arm|leg|hand|foot|face)\\s+on\\s+(?:the|my|his|her|one)\\s+(?:(?:left|right)\\s+)?side\\s+(?:of\\s+(?:my|his|her|the)\\s+body\\s+)?${SIDE_SIGN}`,
      `(?:(?:the\\s+)?(?:left|right)|one|whole\\s+(?:left|right))\\s+side\\s+of\\s+(?:my|his|her|the)\\s+body\\s+(?:and\\s+(?:my\\s+|his\\s+|her\\s+)?[a-z]+\\s+)?${SIDE_SIGN}`,
      "(?:sudden\\w*|all\\s+of\\s+a\\s+sudden)\\s+(?:[a-z']+\\s+){0,3}?(?:can'?t|cannot|couldn'?t|unable\\s+to)\\s+(?:grip|hold|grasp)\\s+(?:[a-z']+\\s+){0,2}?(?:anything|things|cup|mug|glass|fork|spoon|pen|phone)",
      "(?:can'?t|cannot|couldn'?t|unable\\s+to)\\s+(?:grip|hold|grasp)\\s+(?:[a-z']+\\s+){0,3}?(?:all\\s+of\\s+a\\s+sudden|suddenly|out\\s+of\\s+nowhere)",
      // Sudden loss of sight described as a shade: "like a curtain came down over my eye".
      `(?:curtain|shade|veil)\\s+${CURTAIN_FALLS}(?=${SPAN}{0,40}\\b(?:eyes?|vision|sight|see))`,
      `(?<=\\blike\\s+an?\\s+(?:[a-z]+\\s+)?)(?:curtain|shade|veil)\\s+${CURTAIN_FALLS}`,
    ],
  },
  {
    id: 'suicidal',
    label: 'thoughts of suicide or self-harm',
    patterns: [
      "sui?c+i?d\\w*(?!\\s+(?:prevention|awareness|squeeze|risk|screen\\w*|assessments?|hotline|line|questionnaires?|questions?)|')",
      "(?:tried|trying|attempted|try)\\s+to\\s+(?:kill|hang|hurt|cut|drown|shoot|poison|suffocate|overdose)\\s+(?:my|him|her|them)sel(?:f|ves)",
      "use\\s+(?:it|them|the\\s+gun|a\\s+gun|the\\s+knife|a\\s+knife)\\s+on\\s+(?:my|him|her)self",
      'sui?s+id\\w*',
      `${INTENT}\\s+(?:[a-z']+\\s+)?${HARM_VERB}\\s+(?:my\\s*self|myself|my\\s+life|it\\s+all|me)`,
      'kill(?:ing)?\\s+(?:my\\s*self|myself)',
      'cutting\\s+(?:my\\s*self|myself)',
      'self[- ]?harm\\w*',
      // Not the idioms "take my life back", "taking my life in my hands".
      '(?:take|taking)\\s+(?:my|his|her|their)\\s+(?:own\\s+)?life(?!\\s+(?:back|in\\s+(?:my|his|her|their)\\s+(?:own\\s+)?hands))',
      'end\\s+(?:my\\s+life|it\\s+all)',
      "(?:don'?t|do\\s+not|dont)\\s+want\\s+to\\s+(?:be\\s+(?:here|alive|around)|live|wake\\s+up|go\\s+on|exist|keep\\s+going)(?!\\s+(?:for|at|when|during)\\b)",
      'want(?:ed|s)?\\s+to\\s+die',
      'wish(?:ed)?\\s+(?:i|he|she)\\s+(?:was|were|could\\s+be)\\s+dead',
      'better\\s+off\\s+(?:dead|without\\s+me)',
      "better\\s+(?:off\\s+)?(?:if|when)\\s+i\\s+(?:was|were|am|'?m|wasn'?t|weren'?t)\\s+(?:gone|dead|not\\s+(?:here|around|alive)|here|around|alive)",
      `${INTENT}\\s+(?:just\\s+)?end(?:ing)?\\s+(?:things|it)(?=\\s*(?:[.!?,;\\n]|$|tonight|today|soon|now|for\\s+good|and|but))`,
      // The means at hand: "I have the pills ready".
      "(?:have|got|bought|keep)\\s+(?:the\\s+|my\\s+|a\\s+|some\\s+|enough\\s+)?(?:pills|tablets|rope|gun|razor|razors|blades?)\\s+(?:all\\s+)?(?:ready|saved|set\\s+aside|picked\\s+out|lined\\s+up|hidden)",
      "(?:don'?t|dont|do\\s+not|can'?t|cant|cannot)\\s+see\\s+(?:a|any)\\s+(?:other\\s+)?way\\s+out",
      "(?:wrote|written|writing|left|leaving)\\s+(?:goodbye\\s+)?(?:letters?|notes?)\\s+(?:to|for)\\s+(?:my|the)\\s+(?:kids|children|family|wife|husband|parents|mom|dad|son|daughter|girlfriend|boyfriend|partner)(?!\\s+(?:school|teacher|camp|daycare))",
      'no\\s+(?:reason|point)\\s+(?:to|in)\\s+(?:live|living|going\\s+on)',
      '(?:thoughts|thinking)\\s+(?:of|about)\\s+(?:death|dying|ending\\s+(?:it|my\\s+life))',
      "can'?t\\s+go\\s+on\\s+(?:anymore|like\\s+this)",
      'life\\s+(?:is\\s+)?(?:not\\s+|isn\\W?t\\s+)?worth\\s+living',
      "voices\\s+(?:[a-z']+\\s+){0,3}(?:telling|tell|told)\\s+(?:me|him|her)\\s+to",
      // Someone else at risk: "threatening to kill himself", "has been cutting herself".
      `(?:${INTENT}|${THREAT})\\s+(?:[a-z']+\\s+)?${HARM_VERB}\\s+(?:himself|herself|themselves|themself|his\\s+(?:own\\s+)?life|her\\s+(?:own\\s+)?life)`,
      '(?:cutting|burning|harming)\\s+(?:himself|herself|themselves|themself)',
      // Self-harm now, not an accident: "cut myself again", "burned myself on purpose".
      '(?:cut|burn(?:ed|t)?|hurt|harm(?:ed)?)\\s+(?:my\\s*self|myself|himself|herself)\\s+(?:again|on\\s+purpose|deliberately|deeper|(?:to|so\\s+i\\s+can)\\s+(?:feel|cope|punish))',
      '(?:burning|harming|hitting|punching|starving)\\s+(?:my\\s*self|myself)',
      // Hopelessness about living: "tired of living", "I don't see the point of going on".
      '(?:tired|sick|weary)\\s+of\\s+(?:living|being\\s+alive|life|this\\s+life|existing)',
      "(?:no|(?:don't|dont|do\\s+not|can't|cant|cannot)\\s+see\\s+(?:the|any|much)|what's\\s+the|whats\\s+the|lost\\s+the)\\s+(?:point|reason|purpose)\\s+(?:of|in|to|for)\\s+(?:going\\s+on|living|life|carrying\\s+on|keep(?:ing)?\\s+going|being\\s+(?:here|alive|around)|live|trying\\s+anymore|anything\\s+anymore)",
      "sleep\\s+and\\s+(?:never|not)\\s+wake\\s+up",
      // A passive death wish: "going to bed hoping I just don't wake up".
      "(?:hop(?:e|es|ed|ing)|pray(?:s|ed|ing)?)\\s+(?:that\\s+)?(?:i|he|she)\\s+(?:just\\s+|would\\s+|will\\s+|might\\s+)?(?:don'?t|dont|do\\s+not|won'?t|wouldn'?t|never|doesn'?t|does\\s+not)\\s+wake\\s+up(?!\\s+(?:with|to\\b|and\\s+(?:find|see)|feeling|in\\s+pain|sick|sore|early|late|tired|at\\s+night|during|in\\s+the\\s+night))",
      // Self-harm taken up again: "started cutting again" (not "cutting back on sugar").
      "(?:started|start|starting|been|keep|kept|back\\s+to|relapsed\\s+(?:and|into))\\s+cutting(?=\\s*(?:again|myself|my\\s+(?:arms?|legs?|wrists?|thighs?|skin)|[.!?,;\\n]|$))",
      "(?:went|cut|go|goes|going)\\s+(?:a\\s+lot\\s+|much\\s+|way\\s+)?deeper\\s+than\\s+(?:i|he|she)\\s+(?:meant|wanted|planned|intended)",
      // A hoard of pills: "saving them up … a pretty big stash".
      "(?:saving|saved|stockpil\\w*|hoard\\w*)\\s+(?:them|these|those|it)\\s+up[^.!?\\n]{0,60}?\\b(?:stash|supply|pile|collection)",
      "wish\\w*\\s+(?:i|he|she)\\s+(?:would(?:n'?t|\\s+not)|could\\s+(?:just\\s+)?(?:not|never)|(?:did|does)(?:n'?t|\\s+not))\\s+wake\\s+up",
      "(?:want|wants|wanted|wanting|ready|wish|wishing)\\s+(?:for\\s+)?(?:it\\s+all|everything)\\s+to\\s+(?:end|stop|be\\s+over)",
      "(?:i'm|im|i\\s+am)\\s+(?:just\\s+|so\\s+)?ready\\s+to\\s+(?:be\\s+done|die|end\\s+it|leave\\s+this\\s+world)(?=\\s*(?:[.!?\\n]|$))",
      // A method named: a car into a wall, a bridge, a train.
      "(?:driv\\w*|crash\\w*|steer\\w*|drove)\\s+(?:my|the|his|her)\\s+car\\s+(?:into|off)\\s+(?:a|the|an)\\s+(?:wall|tree|bridge|pole|river|cliff|truck|oncoming|lake|ditch)",
      "(?:jump\\w*|throw\\w*\\s+(?:my|him|her)self)\\s+(?:off|from|in\\s+front\\s+of)\\s+(?:a|the|my|this)\\s+(?:bridge|roof|building|balcony|train|bus|truck|cliff|overpass|parking\\s+garage)",
      "(?:step\\w*|walk\\w*|lie\\s+down|lay\\s+down)\\s+in\\s+front\\s+of\\s+(?:a|the)\\s+(?:train|bus|truck|car)",
      // A plan: a date chosen, the method decided, pills counted out.
      "(?:picked|chosen|chose|set|decided\\s+on)\\s+(?:out\\s+)?(?:a|the)\\s+(?:date|day)(?=[^.!?\\n]{0,60}(?:do\\s+it|how|end|die|going\\s+to|gonna))",
      "(?:know|knows|decided|figured\\s+out|worked\\s+out|planned)\\s+(?:exactly\\s+)?how\\s+(?:i'?m|im|i\\s+am|i'?ll|i\\s+will|i\\s+would|to)\\s+(?:going\\s+to\\s+|gonna\\s+)?(?:do\\s+it|end\\s+it|kill)",
      "(?:thinking|thought|thoughts|think)\\s+(?:about|of)\\s+taking\\s+(?:them\\s+all|all\\s+(?:of\\s+)?(?:my|the|his|her|them|these|those)|the\\s+(?:whole|entire)\\s+(?:bottle|pack|box)|every\\s+(?:pill|one))",
      "(?:counted|counting|lined|lining|laid|laying)\\s+(?:them\\s+|all\\s+|my\\s+|the\\s+)*(?:pills\\s+|tablets\\s+|meds\\s+)?(?:out|up)\\s+(?:on|in)\\s+(?:the|my)\\s+(?:table|counter|bed|desk|floor|nightstand)",
      // Warning behaviours: giving possessions away, goodbye letters, a stockpile of pills.
      '(?:giving|gave|give)\\s+(?:away\\s+)?(?:all\\s+)?(?:of\\s+)?(?:my|his|her)\\s+(?:things|stuff|belongings|possessions|prized\\s+\\w+)(?:\\s+away)?',
      '(?:writing|wrote|written|left|leaving)\\s+(?:a\\s+)?(?:goodbye|farewell|suicide)\\s+(?:notes?|letters?)',
      '(?:saving|saved|stockpil\\w*|hoard\\w*|stash\\w*)\\s+(?:up\\s+)?(?:(?:my|his|her|the|all|of|some)\\s+){0,2}(?:[a-z]+\\s+)?(?:pills|tablets|meds|medications?|painkillers)',
      "(?:saving|saved|stockpil\\w*|hoard\\w*|stash\\w*)\\s+them\\s+(?:up\\s+)?[^.!?\\n]{0,40}?\\b(?:plan|going|gonna|want)\\w*\\s+to\\s+take\\s+them",
      "(?:plan|plans|planned|planning|going|gonna|want|wants|wanted|wanting)\\s+to\\s+take\\s+(?:them\\s+all|all\\s+of\\s+them|the\\s+(?:whole|entire)\\s+(?:bottle|pack|box)|all\\s+(?:of\\s+)?(?:my|the)\\s+(?:pills|tablets|meds))(?:\\s+at\\s+once)?",
    ],
  },
  {
    id: 'homicidal',
    label: 'thoughts of harming others',
    patterns: [
      'homicid\\w*',
      "shoot(?:ing)?\\s+up\\s+(?:the|his|her|my|a|their|our)\\s+(?:old\\s+)?(?:work|school|office|job|workplace|church|store|place|class|party)",
      // Threatened by someone: "my husband said he will kill me tonight".
      "(?:said|says|saying|threaten\\w*|told\\s+me|keeps\\s+saying)\\s+(?:that\\s+)?(?:he|she|they)\\s*(?:will|would|is\\s+going\\s+to|was\\s+going\\s+to|'?ll|is\\s+gonna|gonna)\\s+(?:kill|hurt|shoot|stab|strangle|beat)\\s+(?:me|us|my\\s+(?:kids?|children|son|daughter|baby)|the\\s+(?:kids?|children|baby))(?!\\s+if\\b)",
      `(?:${INTENT}|${THREAT})\\s+(?:[a-z']+\\s+)?(?:kill\\w*|hurt\\w*|harm\\w*|shoot\\w*|stab\\w*|strangl\\w*)\\s+${OTHERS}`,
      // A weapon and the harm in one sentence: "get my gun and hurt him", "the knife, says he will stab".
      `${WEAPON}[^.!?\\n]{0,40}?\\b(?:and|to|then)\\s+(?:[a-z']+\\s+)?(?:kill\\w*|hurt\\w*|harm\\w*|shoot\\w*|stab\\w*)\\s+${OTHERS}`,
      `${WEAPON}[^.!?\\n]{0,60}?\\b(?:${INTENT}|${THREAT})\\s+(?:[a-z']+\\s+){0,3}?(?:kill\\w*|hurt\\w*|harm\\w*|shoot\\w*|stab\\w*)`,
    ],
  },
  {
    id: 'severe_bleeding',
    label: 'severe bleeding',
    patterns: [
      `${BLEED}\\s+(?:[a-z0-9']+[,.]?\\s+){0,8}?(?:won'?t|wont|will\\s+not|doesn'?t|does\\s+not|didn'?t|isn'?t|is\\s+not|hasn'?t|has\\s+not|not|can'?t|cannot|couldn'?t|never)\\s+(?:[a-z']+\\s+)?(?:stop\\w*|slow\\w*)`,
      `${BLEED}\\s+(?:[a-z0-9']+[,.]?\\s+){0,8}?(?:can'?t|cannot|couldn'?t)\\s+get\\s+(?:it|the\\s+bleeding|this|him|her)\\s+to\\s+stop`,
      "(?:won'?t|wont|will\\s+not|can'?t|cannot|couldn'?t|doesn'?t|does\\s+not|isn'?t|hasn'?t|not)\\s+stop(?:ped)?\\s+(?:the\\s+|this\\s+|my\\s+|his\\s+|her\\s+)?bleed\\w*",
      `(?:heavy|heavily|severe|severely|a\\s+lot\\s+of|lots\\s+of|so\\s+much|uncontroll\\w*|profuse\\w*|gushing|spurting|pouring|massive|tons\\s+of|excessive)\\s+(?:[a-z']+\\s+)?(?:bleed\\w*|${BLOOD})(?!\\s+(?:during|with|on)\\s+(?:my|her)\\s+(?:period|cycle))`,
      `(?:coughing|cough|coughed|throwing|threw|vomit\\w*|puking|puked|spitting|spit)\\s+(?:up\\s+)?(?:a\\s+lot\\s+of\\s+|bright\\s+red\\s+)?${BLOOD}`,
      // Severity after the verb: "bleeding heavily", "bleeding like crazy" (not a heavy period).
      `${BLEED}\\s+(?:really\\s+|very\\s+|so\\s+|real\\s+)?(?:heavily|badly|bad|profusely|a\\s+lot|non-?stop|everywhere|like\\s+crazy|buckets|through\\s+(?:my|his|her|the)\\s+(?:pants|clothes|jeans|shirt|bandages?|dressing|sheets))(?![^.!?\\n]{0,30}(?:period|cycle|menstrua))`,
      `${BLOOD}\\s+(?:is\\s+|was\\s+|keeps\\s+)?(?:everywhere|pouring|gushing|spurting|squirting|soaking)`,
      "(?:it'?s|it\\s+is|is|keeps|still|just|started)\\s+(?:gushing|spurting|squirting|pouring\\s+(?:out|blood))",
      "deep\\s+(?:cut|gash|wound|laceration|slice)(?=[^.!?\\n]{0,60}(?:bleed|blood|gush|spurt|pour|won'?t\\s+stop|can\\s+see))",
      "(?:can|could)\\s+see\\s+(?:the\\s+)?(?:bone|fat|muscle|tendon|white\\s+stuff)",
      "nose\\s*bleed\\w*\\s+(?:[a-z']+\\s+){0,4}?(?:over|more\\s+than|almost|nearly|at\\s+least)\\s+(?:an?\\s+hour|\\d+\\s*(?:hours?|hrs?)|(?:[3-9]\\d|forty|fifty|thirty)\\s*(?:min\\w*))",
      'soak\\w*\\s+(?:through\\s+)?(?:a\\s+|the\\s+|my\\s+|\\d+\\s+|two\\s+|several\\s+|multiple\\s+)?(?:(?:super|maxi|heavy|overnight|thick|whole|full|big|large)\\s+)?(?:pads?|towels?|bandages?|gauze|shirt|clothes|tampons?)(?!\\s+(?:a|per|each)\\s+day)',
    ],
  },
  {
    id: 'anaphylaxis',
    label: 'anaphylaxis or severe allergic reaction',
    patterns: [
      'an[ae]?(?:ph|f)(?:y|i|a|e)?l+(?:a|e|i|o)?(?:x|ct|ks)\\w*(?!\\s+(?:action\\s+|care\\s+)?(?:plan|form|kit|training|protocol))',
      `(?:throat|airway|windpipe)\\s+${FILLER}{0,4}(?:clos\\w*|swelling(?:\\s+(?:up|shut))?|swollen\\s+shut)`,
      `(?:lips?|tongue|mouth|face\\s+and\\s+lips|eyes\\s+and\\s+lips)\\s+(?:and\\s+(?:my\\s+|his\\s+|her\\s+)?[a-z]+\\s+)?${FILLER}{0,3}(?:swell\\w*|swollen|puff\\w*|blow\\w*\\s+up|blew\\s+up|huge|enormous|too\\s+big)`,
      '(?:swollen|swelling|puffy|puffed\\s+up)\\s+(?:lips?|tongue)',
      "tongue\\s+(?:(?:feels|is|getting|got|all|so|really|very|kind\\s+of)\\s+){1,3}(?:thick|fat|huge|too\\s+big|heavy)",
      'swell\\w*\\s+(?:of|in)\\s+(?:my|his|her|the)\\s+(?:lips?|tongue|throat)',
      '(?:severe|bad|serious|major|huge|massive|life[- ]threatening)\\s+(?:al+er?gic|alergic)\\s+reac\\w*',
      "(?<!how\\s+(?:do\\s+(?:i|we|you)\\s+|to\\s+))(?:used|use|gave|give|giving|had\\s+to\\s+use|had\\s+to\\s+give|injected|inject)\\s+(?:him|her|them|my|his|the|an?|their)?\\s*(?:[a-z']+\\s+)?(?:epi[- ]?pen|epinephrine|auvi-?q)",
    ],
  },
  {
    id: 'overdose',
    label: 'overdose or poisoning',
    patterns: [
      "overdos\\w*(?!\\s+(?:risk|prevention|awareness|kit|training|reversal|education))|over[- ]dos\\w*|od'd|od'ed",
      // Too much insulin at once: a low is coming.
      "(?:took|taken|gave|give|injected|inject|shot|used)\\s+(?:him\\s+|her\\s+|myself\\s+)?(?:double|twice|two\\s+times|too\\s+much|extra|way\\s+too\\s+much|the\\s+wrong)\\s+(?:(?:my|his|her|the|a|of)\\s+)*(?:dose\\s+of\\s+(?:my\\s+|his\\s+|her\\s+)?)?(?:[a-z]+\\s+)?insulin",
      `(?:took|taken|take|swallowed|ate|eaten|drank|downed|popped)\\s+(?:[a-z']+\\s+){0,3}?(?:too\\s+many|too\\s+much|an?\\s+(?:whole|full|entire)\\s+(?:bottle|pack|packet|box|strip|jar|tub)s?|the\\s+(?:whole|entire|full)\\s+(?:bottle|pack|packet|box|strip|jar|tub)s?|all\\s+(?:of\\s+)?(?:my|his|her|the)\\s+(?:pills|meds|medication|medicine|tablets|capsules)|a\\s+(?:handful|bunch|lot)\\s+of\\s+(?:pills|tablets|meds|capsules))`,
      `(?:got\\s+into|ate|swallowed|drank|chewed)\\s+(?:some\\s+(?:of\\s+)?|a\\s+(?:bunch|handful|few|lot|couple)\\s+of\\s+)?(?:my|his|her|the|grandma'?s|grandpa'?s|a|an)?\\s*(?:[a-z']+\\s+){0,2}(?:pills|medicine|meds|medication|tablets|bleach|detergent|pods?|batter(?:y|ies)|magnets?|poison\\w*|antifreeze|vitamins|gummies|edibles|cleaners?|cleaning\\s+(?:products?|fluid|liquid|spray)|drain\\s+cleaner|lamp\\s+oil|lighter\\s+fluid|nicotine|vape\\s+(?:juice|liquid)|e-?liquid|rat\\s+poison|weed\\s*killer|paracetamol|tylenol|acetaminophen|iron\\s+(?:pills|tablets)|essential\\s+oils?|washing\\s+(?:up\\s+)?liquid|pill\\s+(?:organi[sz]er|box|case|bottle|container)|${DRUG_CLASS})`,
      // A count of pills ("took maybe 15 of my tylenol pm", "swallowed twenty sleeping pills").
      `(?:took|taken|take|swallowed|downed|popped|ate)\\s+(?:maybe\\s+|about\\s+|around\\s+|like\\s+|over\\s+|at\\s+least\\s+|almost\\s+|nearly\\s+|roughly\\s+)?${MANY}\\s+(?:of\\s+(?:my|his|her|their|the|your|mom'?s|dad'?s)\\s+(?:[a-z]+\\s+){0,2}?(?:${PILLS}|${DRUG_CLASS})|(?:[a-z]+\\s+)?${PILLS}|${DRUG_CLASS})`,
      `(?:took|taken|swallowed|downed|popped|ate)\\s+(?:maybe\\s+|about\\s+|around\\s+|like\\s+|over\\s+)?${MANY}\\s+of\\s+(?:my|his|her|their|the|mom'?s|dad'?s)\\s+[a-z]+`,
      "(?:bit|chewed|licked|sucked)\\s+(?:into|on)\\s+(?:a|an|one\\s+of\\s+the|one\\s+of\\s+my|the|some)\\s+(?:[a-z]+\\s+){0,3}?(?:pods?|batter(?:y|ies)|pills|bleach|detergent|tablets)",
      `overd(?:one|id|oing|o)\\s+(?:it\\s+(?:on|with)\\s+|on\\s+)?(?:the|my|his|her)\\s+${DRUG_CLASS}`,
      // A whole supply of one drug ("took all her antidepressants"), not the usual daily doses.
      `(?:took|taken|swallowed|downed|ate)\\s+(?:[a-z']+\\s+){0,2}?all\\s+(?:of\\s+)?(?:my|his|her|their|the|your)\\s+(?:[a-z]+\\s+)?${DRUG_CLASS}${NOT_ROUTINE}`,
      `(?:took|taken|swallowed|downed|ate)\\s+(?:[a-z0-9']+\\s+){0,4}?(?:${PILLS}|${DRUG_CLASS})\\s+(?:[a-z']+\\s+){0,3}?(?:on\\s+purpose|deliberately|intentionally|to\\s+(?:die|end\\s+it|not\\s+wake\\s+up))`,
      // Calling them is an event; their number on the fridge is not.
      '(?<!(?:number|phone|hotline|contact)\\s+(?:for|of|to)\\s+)poison\\s+control(?!\\s+(?:number|magnets?|stickers?|hotline\\s+number|phone\\s+number|info\\w*))',
      '(?<!food\\s)poison(?:ed|ing)(?!\\s+(?:ivy|oak|sumac))',
    ],
  },
  {
    id: 'fainting',
    label: 'fainting or loss of consciousness',
    patterns: [
      'faint(?:ed|ing)(?!\\s+(?:lines?|spells?\\s+(?:as|when)))',
      'passed\\s+out',
      'pass(?:ing|es)?\\s+out(?!\\s+(?:the|flyers?|papers?|candy|forms?))',
      'black(?:ed|ing)?\\s+out',
      'lost\\s+consciousness|loss\\s+of\\s+consciousness|los(?:ing|e)\\s+consciousness',
      'unconscious',
      'unresponsive',
      "won'?t\\s+respond\\s+to\\s+(?:me|us|his\\s+name|her\\s+name)",
      // Responsiveness of a person (not "not responding to antibiotics"): an object is required.
      "(?:hardly|barely|not|isn'?t|wasn'?t|stopped)\\s+respond\\w*\\s+to\\s+(?:me|us|anyone|anybody|anything\\s+we\\s+say|(?:his|her|their)\\s+name|voices?|touch|(?:my|our)\\s+voices?)",
      "(?:hard|difficult|impossible)\\s+to\\s+(?:wake|rouse)(?!\\s+(?:up\\s+)?(?:in\\s+the\\s+mornings?|for\\s+(?:school|work)|on\\s+time|early))",
      '(?:went|gone|going|is|was|and|very|so|really|seems|looks|gotten|got)\\s+(?:all\\s+|completely\\s+|very\\s+|really\\s+|so\\s+)?(?:limp|floppy)(?!\\s+(?:ears?|hat|disk))',
      'collaps\\w*',
      "(?:won'?t|wont|will\\s+not)\\s+wake\\s+up",
      "(?:can'?t|cannot|couldn'?t)\\s+(?:wake|rouse)\\s+(?:him|her|them|my\\s+\\w+)",
      "(?:not|isn'?t|isnt|is\\s+not|wasn'?t|was\\s+not)\\s+waking(?:\\s+up)?(?!\\s+(?:up\\s+)?(?:at\\s+night|in\\s+the\\s+night|during\\s+the\\s+night|as\\s+(?:much|often)|anymore|so\\s+often|early|for\\s+(?:school|work)))",
      'syncope',
      '(?:fell|fall|falls)\\s+(?:down\\s+)?(?:and\\s+)?faint(?:ed|ing)?\\b',
      "(?:found|find|came\\s+home\\s+to)\\s+(?:him|her|them|my\\s+\\w+|our\\s+\\w+|his\\s+\\w+|her\\s+\\w+)\\s+(?:[a-z]+\\s+){0,2}?(?:on\\s+the\\s+(?:bathroom\\s+|kitchen\\s+)?(?:floor|ground)|passed\\s+out|unconscious|unresponsive|slumped|not\\s+breathing|face\\s*down|turning\\s+blue)",
      "(?:feel|felt|feeling|about\\s+to)\\s+(?:like\\s+(?:i'?m|i\\s+am|i'?ll|i\\s+will|he'?s|she'?s)\\s+(?:going\\s+to\\s+|gonna\\s+|about\\s+to\\s+)?)?faint",
    ],
  },
  {
    id: 'infant_fever',
    label: 'fever in a baby under 3 months',
    composite: true,
    patterns: [`${INFANT}[^.!?\\n]{0,80}?\\b${FEVER}`, `${FEVER}[^.!?\\n]{0,50}?\\b${INFANT}`],
  },
  {
    id: 'pregnancy_bleeding',
    label: 'bleeding in pregnancy',
    composite: true,
    patterns: [
      `(?:pregnan\\w*|expecting|(?:\\d{1,2}|${NUM_WORD})\\s*(?:weeks?|wks?)\\s+along|(?:i'?m|im|i\\s+am|she'?s|she\\s+is)\\s+(?:\\d{1,2}|${NUM_WORD})\\s*(?:weeks?|wks?)\\b)[^.!?\\n]{0,70}?\\b(?:bleed\\w*|bled|${SPOTTING}|${BLOOD}|(?:passing|passed)\\s+(?:(?:big|large|huge)\\s+)?(?:clots|tissue))`,
      `(?:bleed\\w*|bled|${SPOTTING}|${BLOOD})[^.!?\\n]{0,50}?\\b(?:pregnan\\w*|at\\s+(?:\\d{1,2}|${NUM_WORD})\\s*(?:weeks?|wks?)\\b)`,
      'miscarr\\w*',
    ],
  },
  {
    id: 'pregnancy_emergency',
    label: 'pregnancy warning signs',
    patterns: [
      'waters?\\s+(?:just\\s+)?(?:broke|has\\s+broken|have\\s+broken|broken)',
      "(?:the\\s+)?(?:baby|bub)\\s+(?:isn'?t|isnt|is\\s+not|hasn'?t|hasnt|has\\s+not|not|didn'?t|did\\s+not|stopped|has\\s+stopped)\\s+(?:been\\s+)?(?:moving|kicking|moved|kicked|move|kick)(?!\\s+(?:(?:his|her|its)\\s+)?bowels?)",
      "(?:haven'?t|havent|have\\s+not|can'?t|cant|cannot|couldn'?t|didn'?t|did\\s+not|not)\\s+(?:felt|feel|feeling|noticed)\\s+(?:the\\s+|my\\s+)?(?:baby|bub|any\\s+(?:kicks|movements?))(?:\\s+(?:move|moving|moved|kick|kicking|kicked))?",
      '(?:baby|bub)\\s+(?:is\\s+|has\\s+been\\s+)?(?:moving|kicking)\\s+(?:a\\s+lot\\s+|much\\s+)?less',
      "(?:baby'?s|babys|fetal)\\s+movements?\\s+(?:have\\s+|has\\s+)?(?:slowed|stopped|decreased|reduced|changed)",
      '(?:less|decreased|reduced|no)\\s+(?:fetal\\s+|baby\\s+)?(?:movements?|kicks|kicking)(?=[^.!?\\n]{0,40}(?:pregnan|weeks|baby))',
    ],
  },
  {
    id: 'seizure',
    label: 'seizure',
    patterns: [
      // Not the condition a medicine treats ("my lamotrigine for seizures").
      '(?<!anti[- ]?)(?<!\\bfor\\s+(?:(?:my|his|her|their|the|your)\\s+)?)(?:seiz\\w*|siez\\w*|seaz\\w*|seziure\\w*|sezure\\w*|convuls\\w*|epileptic\\s+(?:fit|attack)|(?:having|had)\\s+a\\s+fit)(?!\\s*(?:med\\w*|medicine|pills?|tablets?|tabs|capsules?|meds|drugs?|prescription|rx|precautions?|action\\s+plan|plan|disorder|history|-?free|threshold|diary|log|dog|neurologist|clinic))',
    ],
  },
  {
    id: 'seizure_signs',
    label: 'seizure',
    patterns: [
      "eyes\\s+(?:(?:are|were|keep|kept|started)\\s+)?(?:go|goes|went|going|rolled|rolling|roll|rolls|turned|turning)\\s+(?:up|back)(?:wards?)?(?:\\s+(?:in|into)\\s+(?:his|her|the)\\s+head)?",
      "(?:is|was|he's|hes|she's|shes|started|keeps|been)\\s+fitting",
      '(?:shaking|jerking|twitching)\\s+(?:all\\s+(?:the|his|her|of\\s+(?:his|her))\\s+body|(?:his|her|the)\\s+whole\\s+body|all\\s+over|uncontrollabl\\w*|violently)(?![^.!?\\n]{0,30}(?:chills|cold|fever))',
    ],
  },
  {
    id: 'severe_headache',
    label: 'sudden severe headache',
    patterns: [
      "(?:worst|worse)\\s+headache\\s+(?:of\\s+(?:my|his|her|their)\\s+life|(?:i'?ve|i\\s+have|he'?s|she'?s|he\\s+has|she\\s+has)\\s+ever\\s+(?:had|felt)|ever)",
      '(?:sudden|suddenly)\\s+(?:(?:a|the|got|very|really|a\\s+really)\\s+)?(?:severe|terrible|excruciating|horrible|intense|awful|blinding|splitting|bad|worst)\\s+headache',
      '(?:thunderclap|explosive|exploding)\\s+headache',
      "headache\\s+(?:that\\s+|which\\s+)?(?:came\\s+on|started|hit\\s+(?:me|him|her))\\s+(?:really\\s+|very\\s+|all\\s+of\\s+a\\s+)?(?:sudden\\w*|out\\s+of\\s+nowhere|like\\s+a\\s+(?:thunderclap|bolt|hammer|bomb))",
    ],
  },
  {
    id: 'stiff_neck_fever',
    label: 'fever with stiff neck',
    composite: true,
    patterns: [
      `${STIFF_NECK}[^.!?\\n]{0,60}?\\b${FEVER}`,
      `${FEVER}[^.!?\\n]{0,60}?\\b${STIFF_NECK}`,
    ],
  },
  {
    // Infection with a change in awareness (any age; elderly parents are the usual case).
    id: 'sepsis_signs',
    label: 'fever or chills with confusion or poor response',
    composite: true,
    patterns: [
      `${ALTERED}${SPAN}{0,80}?\\b(?:${FEVER}|${CHILLS})`,
      `(?:${FEVER}|${CHILLS})${SPAN}{0,160}?\\b${ALTERED}`,
      // A high fever in the days after an operation or a birth.
      `(?:surgery|operation|procedure|c-?section|delivery|gave\\s+birth)\\s+(?:\\d+|a|one|two|three|four|five|six|seven|few|couple\\s+of)\\s+(?:days?|weeks?)\\s+ago[^\\n]{0,100}?\\b${HIGH_FEVER}`,
    ],
  },
  {
    // Not composite: the "doesn't" inside the phrase must not read as a negation of it.
    id: 'non_blanching_rash',
    label: 'a rash that does not fade under pressure',
    patterns: [
      "rash\\s+(?:that\\s+|which\\s+)?(?:doesn'?t|does\\s+not|won'?t|didn'?t|isn'?t|is\\s+not)\\s+(?:fade|fading|blanch\\w*|go\\s+away\\s+(?:when|under)\\s+(?:i\\s+)?(?:press|a\\s+glass))",
      'non[- ]?blanching\\s+rash',
      "(?:spots|dots|rash|marks|bruises|pinpricks)\\s+(?:[a-z']+\\s+){0,3}?(?:that|which|and\\s+they)\\s+(?:don'?t|do\\s+not|doesn'?t|does\\s+not|won'?t|didn'?t|did\\s+not)\\s+(?:fade|blanch\\w*|go\\s+(?:away|white)\\s+(?:when|under|with))",
      `(?:purple|purplish|dark\\s+red|red-purple)\\s+(?:[a-z]+\\s+)?(?:dots|spots|pinpricks|rash|blotches|bruises)[^.!?\\n]{0,60}?\\b${FEVER}`,
      `${FEVER}[^.!?\\n]{0,80}?\\b(?:purple|purplish|dark\\s+red|red-purple)\\s+(?:[a-z]+\\s+)?(?:dots|spots|pinpricks|rash|blotches|bruises)`,
    ],
  },
  {
    // Severe belly pain with a sign of a surgical cause: fever, cannot stand, a rigid belly.
    id: 'acute_abdomen',
    label: 'severe abdominal pain with warning signs',
    composite: true,
    patterns: [
      `(?:severe|terrible|horrible|excruciating|unbearable|intense|awful|agonizing|agonising|really\\s+bad|very\\s+bad|worst|${TEN_OF_TEN})\\s+(?:[a-z]+\\s+){0,2}?(?:pains?|cramps?|aches?)\\s+(?:[a-z']+\\s+){0,7}?${BELLY}[^.!?]{0,60}?\\b${ABDO_SIGN}`,
      `${BELLY}\\s+(?:pain|cramps?|aches?)\\s+(?:[a-z']+\\s+){0,3}?(?:unbearable|excruciating|agoni[sz]ing|severe|terrible|${TEN_OF_TEN})[^.!?]{0,50}?\\b${ABDO_SIGN}`,
      `${BELLY}\\s+(?:pain\\s+)?(?:is\\s+|feels\\s+|went\\s+|got\\s+)?(?:all\\s+|so\\s+|really\\s+)?(?:rigid|rock[- ]hard|hard\\s+as\\s+(?:a\\s+)?(?:board|rock))`,
    ],
  },
  {
    id: 'head_injury',
    label: 'head injury with warning signs',
    composite: true,
    patterns: [
      // A knock to the head and, within a few sentences, vomiting, confusion or a blood thinner.
      `(?:hit|hits|bumped|banged|smacked|struck|knocked|whacked|fell\\s+on|fell\\s+and\\s+(?:hit|bumped|banged))\\s+(?:the\\s+(?:back|side|front|top)\\s+of\\s+)?(?:his|her|my|their)\\s+(?:fore)?head[^\\n]{0,160}?\\b(?:${HEAD_SIGN}|${THINNER})`,
      // Bleeding from the head on a blood thinner.
      `(?:bleed\\w*|cut|gash|wound|bump|lump|goose\\s*egg)\\s+(?:from|on|in)\\s+(?:the\\s+(?:back|side|front|top)\\s+of\\s+)?(?:his|her|my|their|the)\\s+(?:fore)?head[^\\n]{0,160}?\\b(?:${HEAD_SIGN}|${THINNER})`,
      `${THINNER}[^\\n]{0,160}?\\b(?:(?:bleed\\w*|cut|gash|wound)\\s+(?:from|on|in)\\s+(?:the\\s+)?(?:his|her|my|their|the)\\s+(?:fore)?head|(?:hit|bumped|banged|smacked|struck|knocked|whacked)\\s+(?:the\\s+(?:back|side|front|top)\\s+of\\s+)?(?:his|her|my|their)\\s+(?:fore)?head|head\\s+(?:injury|injuries|trauma|wound|knock))`,
    ],
  },
  {
    // Bleeding from the gut: blood or "coffee grounds" brought up, or black stool with dizziness.
    id: 'gi_bleeding',
    label: 'bleeding from the stomach or bowel',
    composite: true,
    patterns: [
      `(?:vomit\\w*|threw\\s+up|throw(?:ing)?\\s+up|thrown\\s+up|puk\\w*|cough\\w*\\s+up|spit\\w*\\s+up|brought\\s+up|bringing\\s+up)[^.!?\\n]{1,60}?\\b(?:${BLOOD}|coffee[- ]?grounds?)`,
      '(?:looks?|looked|looking|like)\\s+(?:like\\s+)?(?:dark\\s+)?coffee[- ]?grounds?',
      `${MELENA}[^.!?\\n]{0,120}?\\b${SHOCK}`,
      `${SHOCK}[^.!?\\n]{0,120}?\\b${MELENA}`,
    ],
  },
  {
    // Dangerous allergic reaction without the word: a trigger and a sign in one sentence.
    id: 'allergic_reaction_signs',
    label: 'allergic reaction with swelling or breathing trouble',
    composite: true,
    patterns: [`${ALLERGEN}[^.!?\\n]{0,80}?\\b${ALLERGY_SIGN}`, `${ALLERGY_SIGN}[^.!?\\n]{0,80}?\\b${ALLERGEN}`],
  },
  {
    id: 'preeclampsia_signs',
    label: 'severe headache or vision change in pregnancy',
    composite: true,
    patterns: [
      `${LATE_PREGNANCY}[^.!?\\n]{0,120}?\\b(?:${BAD_HEADACHE}|${VISION_SIGN})`,
      `${PREGNANT}[^.!?\\n]{0,120}?\\b${VISION_SIGN}`,
      `(?:${BAD_HEADACHE}|${VISION_SIGN})[^.!?\\n]{0,120}?\\b${LATE_PREGNANCY}`,
    ],
  },
  {
    id: 'testicular_pain',
    label: 'sudden severe testicle pain',
    mildDefuse: true,
    patterns: [
      `(?:sudden\\w*|severe|terrible|horrible|excruciating|intense|awful|agoni[sz]ing|unbearable|(?:really|realy|rly|very|so)\\s+bad|bad|sharp)\\s+(?:[a-z]+\\s+){0,2}?(?:pain|ache|aching|hurting|swelling)\\s+(?:in\\s+|of\\s+)?(?:(?:my|his|the|their|your|one|[a-z]+'s)\\s+){0,2}(?:(?:left|right)\\s+)?(?:testic\\w*|testes|testis|scrot\\w*|balls?\\b|nuts?\\b)`,
      "(?:testic\\w*|testes|testis|scrotum|balls)\\s+(?:[a-z']+\\s+){0,3}?(?:hurt\\w*|pain\\w*|aching|ache|swell\\w*|swollen)\\s+(?:[a-z']+\\s+){0,4}?(?:really\\s+bad|so\\s+bad|badly|out\\s+of\\s+nowhere|suddenly|all\\s+of\\s+a\\s+sudden|like\\s+crazy|severely)",
      '(?:testicular|testicle|testis)\\s+torsion|twisted\\s+(?:testic\\w*|testis)',
      // One testicle riding high: a sign of torsion.
      "(?:testic\\w*|testis|ball|nut)\\b[^.!?\\n]{0,60}?\\bhigher\\s+(?:up\\s+)?than\\s+the\\s+other",
    ],
  },
  {
    // A glucose meter's "HI" or a very high number; a very low one with confusion, sweat or shaking.
    id: 'glucose_emergency',
    label: 'dangerously high or low blood sugar',
    composite: true,
    patterns: [
      `${GLUCOSE}\\s+(?:(?:just|now|keeps|only|is|was|still)\\s+){0,2}(?:says|said|saying|reads?|read|reading|shows?|showed|showing|displays?|displaying|is|was)\\s+["']?hi(?![a-z])`,
      `${GLUCOSE}\\s+(?:${READS}\\s+){1,2}(?:over\\s+|above\\s+)?(?:[5-9]\\d\\d|[3-9]\\d(?:\\.\\d)?\\s*mmol)(?!\\d)`,
      `${LOW_READING}[^\\n]{0,100}?\\b${HYPO_SIGN}`,
      // Ketoacidosis: fruity breath, high ketones.
      "breath\\s+(?:smells|smelling|smelled|smell)\\s+(?:really\\s+|very\\s+|kind\\s+of\\s+|so\\s+)?(?:fruity|sweet|like\\s+(?:nail\\s+polish|acetone|fruit))",
      '(?:ketones?|urine\\s+ketones)\\s+(?:are\\s+|is\\s+|show\\s+|showing\\s+)?(?:high|large|moderate|dark\\s+purple)',
      `${HYPO_SIGN}[^\\n]{0,120}?\\b${LOW_READING}`,
    ],
  },
  {
    id: 'worst_pain',
    label: 'worst pain of their life',
    patterns: [
      "(?:worst|most\\s+(?:severe|intense))\\s+(?:[a-z']+\\s+)?pain\\s+(?:of\\s+(?:my|his|her)\\s+life|(?:i'?ve|i\\s+have|he'?s|she'?s)\\s+ever\\s+(?:had|felt))",
      "(?:unbearable|excruciating)\\s+(?:[a-z']+\\s+)?pain(?=[^.!?\\n]{0,40}(?:can'?t\\s+(?:move|stand|walk|stop)|screaming|doubled\\s+over))",
    ],
  },
  {
    // A pulse oximeter at or under 90%: "his finger oxygen reader says 82%", "sats 86".
    id: 'low_oxygen',
    label: 'low oxygen reading',
    patterns: [
      `(?:oxygen|o2|spo2|sp02|sats?|saturations?|oximeter|pulse\\s*-?ox\\w*|ox\\s+(?:reading|level|monitor))\\s+(?:[a-z']+\\s+){0,4}?(?:${OX_READS}\\s+){1,2}(?:only\\s+|just\\s+|about\\s+|around\\s+|like\\s+)?${LOW_SAT}`,
      `(?:oxygen|o2|spo2|sats?|saturations?|pulse\\s*-?ox\\w*)\\s+(?:level\\s+|reading\\s+)?(?:of\\s+|at\\s+)?${LOW_SAT}\\s*(?:%|percent)`,
    ],
  },
  {
    // Blood pressure in the severe range (≥ 180 systolic or ≥ 120 diastolic) with a warning symptom,
    // or ≥ 160/110 in pregnancy or after a birth (see postpartum_warning).
    id: 'hypertensive_emergency',
    label: 'very high blood pressure with warning symptoms',
    composite: true,
    patterns: [
      `${SEVERE_BP}${SPAN}{0,120}?\\b${BP_SIGN}`,
      `${BP_SIGN}${SPAN}{0,120}?\\b${SEVERE_BP}`,
    ],
  },
  {
    // Pre-eclampsia after delivery: the weeks after a birth with a bad headache, vision change or a high reading.
    id: 'postpartum_warning',
    label: 'headache, vision change or high blood pressure after giving birth',
    composite: true,
    patterns: [
      `${POSTPARTUM}[^\\n]{0,200}?\\b(?:${BAD_HEADACHE}|${VISION_SIGN}|${PREG_BP}|headache\\s+(?:that\\s+)?(?:won'?t|will\\s+not|doesn'?t|does\\s+not)\\s+(?:go\\s+away|stop|ease))`,
      `(?:${BAD_HEADACHE}|${VISION_SIGN}|${PREG_BP})[^\\n]{0,160}?\\b${POSTPARTUM}`,
      `${PREGNANT}[^\\n]{0,160}?\\b${PREG_BP}`,
    ],
  },
  {
    // Fewer movements late in pregnancy, said as a count: "only felt two tiny movements in 3 hours".
    id: 'fewer_fetal_movements',
    label: 'fewer baby movements in pregnancy',
    patterns: [
      "(?:only|barely|hardly)\\s+(?:felt|feel|feeling|noticed|counted|had)\\s+(?:[a-z0-9]+\\s+){0,3}?(?:movements?|kicks?|flutters?|wiggles)(?!\\s+(?:in\\s+)?(?:my\\s+)?bowel)",
      "(?:kicks?|kicking|movements?|moving)\\s+(?:(?:has|have|is|are|been|a\\s+lot|much|really|way)\\s+){0,3}(?:less|fewer|slower|quieter|weaker)\\s+than\\s+(?:usual|normal|before|yesterday)",
    ],
  },
  {
    // The spinal cord or its roots pressed: legs gone numb or weak, bladder or bowel control lost.
    id: 'cord_compression',
    label: 'sudden leg paralysis or loss of bladder control with numbness',
    composite: true,
    patterns: [
      "(?:can'?t|cannot|can\\s+not|could(?:n'?t|\\s+not)|unable\\s+to)\\s+(?:feel|move)\\s+(?:my|his|her|their|both)\\s+(?:legs|feet|lower\\s+body|legs\\s+or\\s+feet)",
      `${CONTINENCE_LOST}[^.!?\\n]{0,80}?\\b${SADDLE_SIGN}`,
      `${SADDLE_SIGN}[^.!?\\n]{0,80}?\\b${CONTINENCE_LOST}`,
    ],
  },
  {
    // A pulse far out of range with a symptom: "racing at 190 and I feel dizzy", "heart rate 35, almost fainted".
    id: 'extreme_heart_rate',
    label: 'very fast or very slow pulse with symptoms',
    composite: true,
    patterns: [
      `${HR_EXTREME}${SPAN}{0,80}?\\b${HR_SIGN}`,
      `${HR_SIGN}${SPAN}{0,80}?\\b${HR_EXTREME}`,
    ],
  },
  {
    id: 'eye_chemical',
    label: 'chemical in the eye',
    composite: true,
    patterns: [
      `${CHEMICAL}[^.!?\\n]{0,50}?\\beyes?\\b`,
      `eyes?\\s+(?:[a-z']+\\s+){0,3}?(?:splash\\w*|sprayed|squirted|got|hit)\\s+(?:[a-z']+\\s+){0,2}?${CHEMICAL}`,
    ],
  },
  {
    id: 'major_burn',
    label: 'large or deep burn',
    composite: true,
    patterns: [
      "burn\\w*\\s+(?:[a-z']+\\s+){0,3}?(?:whole|entire|all\\s+(?:of\\s+)?(?:my|his|her|the))\\s+(?:arm|leg|chest|back|face|hand|body|belly|side)",
      `(?:burn\\w*|scald\\w*)[^.!?\\n]{0,80}?\\b(?:skin\\s+(?:is\\s+)?(?:peeling|coming|falling|hanging)\\s+off|(?:white|charred|black|leathery)\\s+(?:skin|patches)|huge\\s+blisters?)`,
      "(?:burn\\w*|scald\\w*)\\s+(?:on|to)\\s+(?:(?:my|his|her)\\s+)?(?:face|eyes|genitals|groin|airway)",
    ],
  },
  {
    id: 'major_trauma',
    label: 'serious injury',
    patterns: [
      '(?:hit|struck|run\\s+over|knocked\\s+(?:down|over))\\s+by\\s+(?:a|an|the)\\s+(?:car|truck|bus|vehicle|motorcycle|train|van|suv)',
      "(?:bone|bones)\\s+(?:is\\s+|are\\s+)?(?:sticking|poking|coming)\\s+(?:out|through)",
      "(?:fell|fallen|falling)\\s+(?:off|from|down)\\s+(?:a|the|his|her|our)\\s+(?:roof|second\\s+(?:floor|story|storey)|balcony|tree|scaffold\\w*|(?:tall\\s+|high\\s+)?ladder|horse)(?=[^.!?\\n]{0,80}(?:can'?t\\s+(?:move|feel|get\\s+up|stand)|unconscious|knocked\\s+out|bleed|broken|head|neck|back))",
      '(?:stab(?:bed)?|shot)\\s+(?:in\\s+the\\s+\\w+|(?:him|her|me|my\\s+\\w+))(?!\\s+(?:record|card|clinic|schedule))(?=[^.!?\\n]{0,40}(?:bleed|blood|knife|gun|wound))',
    ],
  },
  {
    // Labour before its time, or coming fast: regular contractions minutes apart.
    id: 'labour',
    label: 'regular contractions or waters broken',
    patterns: [
      '(?:contractions|cramps|tightenings)\\s+(?:[a-z]+\\s+){0,3}?(?:every\\s+(?:\\d+|few|couple\\s+of|two|three|four|five)\\s*(?:-\\s*\\d+\\s*)?(?:min\\w*)|(?:\\d+|two|three|four|five)\\s*(?:-\\s*\\d+\\s*)?min\\w*\\s+apart|(?:really\\s+)?close\\s+together)',
    ],
  },
  {
    // A baby or toddler drying out: no wet nappy for many hours (the negation is part of the finding).
    id: 'infant_dehydration',
    label: 'a baby with no wet diapers',
    patterns: [
      // "no tears, sunken eyes": the denial is part of the sign.
      '(?:no\\s+tears[^.!?\\n]{0,30}?)?sunken\\s+(?:eyes|soft\\s+spot|fontanel\\w*)',
      "(?:no|hasn'?t\\s+had\\s+(?:a|any)|has\\s+not\\s+had\\s+(?:a|any)|not\\s+had\\s+(?:a|any)|hasn'?t\\s+(?:wet|peed\\s+in)\\s+(?:a|any|his|her)|zero|not\\s+a\\s+single)\\s+(?:wet\\s+)?(?:diapers?|nappies|nappy|pee(?:\\s+diapers?)?)\\s+(?:in|for|since)\\s+(?:over\\s+|more\\s+than\\s+|almost\\s+|about\\s+)?(?:(?:[6-9]|1\\d|2\\d|six|seven|eight|nine|ten|twelve)\\s+(?:hours|hrs)|a\\s+(?:whole\\s+)?day|all\\s+day|yesterday|last\\s+night|this\\s+morning)",
    ],
  },
  {
    // A sense of impending doom, in the writer's own words: "I feel like I'm going to die".
    id: 'impending_doom',
    label: 'feels they are dying',
    patterns: [
      "(?:feel|feels|feeling|felt)\\s+like\\s+(?:i'?m|im|i\\s+am|he'?s|she'?s|he\\s+is|she\\s+is)\\s+(?:going\\s+to|gonna|about\\s+to)\\s+die(?!\\s+(?:of\\s+(?:boredom|embarrassment|laughter)|laughing))",
      "(?:i\\s+think\\s+|i\\s+feel\\s+(?:like\\s+)?)(?:i'?m|im|i\\s+am)\\s+dying(?!\\s+(?:to|for|of\\s+(?:boredom|embarrassment|laughter)|laughing|inside))",
    ],
  },
  {
    // Carbon monoxide: a fuel-burning appliance and the household's symptoms, in either order.
    id: 'carbon_monoxide',
    label: 'possible carbon monoxide poisoning',
    composite: true,
    patterns: [
      `${CO_SOURCE}[^\\n]{0,200}?\\b${CO_SIGN}`,
      `${CO_SIGN}[^\\n]{0,200}?\\b${CO_SOURCE}`,
    ],
  },
];

export interface RedFlagMeta {
  flag: RedFlag;
}

const TERMS: TermSpec<RedFlagMeta>[] = [];
for (const flag of RED_FLAGS) {
  const meta = { flag };
  for (const pattern of flag.patterns) TERMS.push({ pattern, meta });
}

/** All red-flag patterns (compiled with the other lexicons in scan.ts). */
export const RED_FLAG_TERMS: readonly TermSpec<RedFlagMeta>[] = TERMS;
