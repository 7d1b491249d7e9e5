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
const CHEST = '(?:chest|chset|cheast|chets|chestt|cheat)';
const CHEST_FEEL =
  '(?:pains?|pian|pane|payne|pressure|presure|tight\\w*|hurt\\w*|aches?|aching|discomfort|heav\\w*|squeez\\w*|crush\\w*|burning|stabbing|sharp|tightening)';
const FILLER = "(?:(?:is|are|feels?|felt|has\\s+been|have\\s+been|keeps|started|starting|really|very|so|just|kind\\s+of|kinda|all|like|it'?s|its|getting|to|up|suddenly|now|still)\\s+)";
const CANT =
  "(?:can'?t|cant|cannot|can\\s+not|could(?:n'?t|nt|\\s+not)|unable\\s+to|not\\s+able\\s+to|(?:have|has|had)(?:n'?t|\\s+not)\\s+been\\s+able\\s+to|(?:is|are|am|was)(?:n'?t|\\s+not)\\s+able\\s+to|struggl\\w*\\s+to)";
const NOT_NOSE = "(?!\\s+(?:through|thru|out\\s+of|in\\s+through)\\s+(?:my|his|her|the|one|their)\\s+(?:nose|nostrils?))";
const BLOOD = '(?:blood(?![- ]?(?:work|tests?|draws?|pressure|sugars?|thinners?|type|counts?|panel|levels?|donation|bank|glucose|orange)))';
const BLEED = '(?:(?:nose\\s*)?bleed\\w*|bled)';
const NUM_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const INFANT =
  `(?:newborn|new\\s+born|new-born|infant|neonate|(?:[1-9]|1[0-2]|${NUM_WORD})[- ](?:weeks?|wks?|days?)[- ]old` +
  `|(?:[12]|one|two)[- ](?:months?|mo)[- ]old` +
  `|(?<!(?:\\d|${NUM_WORD})[- ](?:months?|mos?|years?|yrs?|yr)[- ]old\\s)baby(?!\\s+(?:is|was)\\s+(?:\\d+|${NUM_WORD}|almost|nearly)\\s)(?!\\s+(?:aspirin|shampoo|food|oil|powder|monitor|wipes|formula)))`;
const FEVER =
  '(?:fever\\w*|feaver\\w*|fevre|febrile|burning\\s+up|hot\\s+to\\s+the\\s+touch|temp(?:erature)?\\s+(?:of\\s+|is\\s+|was\\s+|at\\s+|reading\\s+)?(?:1\\d\\d|3[89]|high)\\w*|(?:100\\.[4-9]|10[1-6](?:\\.\\d)?)(?:\\s*(?:f|degrees))?|3[89](?:\\.\\d)?\\s*(?:c|degrees\\s+c))';
const FACE = '(?:face|mouth|smile|side\\s+of\\s+(?:my|his|her)\\s+face)';
const INTENT =
  "(?:want(?:ed|s)?\\s+to|thinking\\s+(?:about|of)|thought\\s+(?:about|of)|thoughts\\s+(?:about|of)|urges?\\s+to|going\\s+to|gonna|plan(?:ning)?\\s+to|feel\\s+like|might|could)";
const HARM_VERB = '(?:kill\\w*|hurt\\w*|harm\\w*|cut\\w*|end\\w*|shoot\\w*|hang\\w*|stab\\w*|overdos\\w*|drown\\w*)';
const OTHERS =
  '(?:him|her|them|someone|somebody|people|everyone|my\\s+(?:husband|wife|partner|boss|neighbou?r|kids?|children|son|daughter|mother|mom|father|dad|family|coworkers?|co-workers?|boyfriend|girlfriend|baby|roommate|ex))';

export const RED_FLAGS: readonly RedFlag[] = [
  {
    id: 'chest_pain',
    label: 'chest pain or pressure',
    patterns: [
      `${CHEST}\\s+${FILLER}{0,3}${CHEST_FEEL}`,
      `(?:pains?|pressure|tightness|squeezing|crushing|heaviness|hurting|ache|aching|discomfort|weight|burning|stabbing)\\s+(?:in|on|across|around|under|behind|through|in\\s+the\\s+middle\\s+of)\\s+(?:${POSS}\\s+)?(?:left\\s+side\\s+of\\s+(?:my\\s+)?)?${CHEST}`,
      `(?:elephant|weight|something\\s+heavy|someone|a\\s+ton\\s+of\\s+bricks|bricks?|a\\s+truck)\\s+(?:[a-z']+\\s+){0,3}(?:on|onto)\\s+(?:${POSS}\\s+)?${CHEST}`,
      'heart\\s*attack(?!\\s+(?:risk|survivor|prevention))',
      '(?:cardiac|heart)\\s+arrest',
      'angina',
      `(?:pain|pressure|tightness)\\s+(?:[a-z']+\\s+){0,3}(?:radiat\\w*|spread\\w*|shoot\\w*|going|goes|moving)\\s+(?:down\\s+|up\\s+|into\\s+|to\\s+)+(?:${POSS}\\s+)?(?:left\\s+arm|jaw|arm\\s+and\\s+jaw|neck\\s+and\\s+arm)`,
      `(?:my|his|her)\\s+heart\\s+(?:hurts|is\\s+hurting|feels\\s+(?:like\\s+it'?s\\s+)?(?:being\\s+)?(?:squeez\\w*|crush\\w*|tight))`,
    ],
  },
  {
    id: 'breathing_difficulty',
    label: 'trouble breathing',
    patterns: [
      `(?:trouble|difficulty|difficulties|hard|harder|hard\\s+time|a\\s+hard\\s+time|struggling|struggle|problems?|difficult|labou?red|fighting)\\s+(?:to\\s+|with\\s+|at\\s+)?${BREATHE}${NOT_NOSE}`,
      `${CANT}\\s+(?:really\\s+|hardly\\s+|barely\\s+|even\\s+|seem\\s+to\\s+|properly\\s+)?(?:${BREATHE}|catch\\s+(?:${POSS}|a)\\s+${BREATHE}|get\\s+(?:enough\\s+|any\\s+|much\\s+)?(?:air|a\\s+(?:full\\s+|deep\\s+)?${BREATHE}|${BREATHE}))${NOT_NOSE}`,
      `(?:hardly|barely)\\s+(?:${BREATHE}|able\\s+to\\s+${BREATHE})${NOT_NOSE}`,
      `(?:gasping|struggling|fighting)\\s+(?:for\\s+)?(?:air|${BREATHE})`,
      `(?:lips?|face|fingers|fingertips|fingernails|skin|mouth)\\s+(?:(?:is|are|was|were|looks?|turning|turned|going|gone|getting|a\\s+bit|kind\\s+of|kinda)\\s+){0,2}(?:blue|bluish|purple|grey|gray)`,
      `${BREATHE}\\s+(?:(?:is|has\\s+been|seems|sounds|very|really|so|super)\\s+){0,3}(?:fast\\s+and\\s+shallow|shallow\\s+and\\s+fast|labou?red|difficult|rapid\\s+and)`,
      '(?:ribs|chest|skin|tummy|belly)\\s+(?:is\\s+|are\\s+)?(?:sucking|pulling)\\s+in',
      'retractions',
      'nostrils\\s+flaring',
      "(?:can'?t|cannot|unable\\s+to)\\s+(?:speak|talk)\\s+(?:in\\s+)?(?:full|whole|complete)\\s+sentences",
      "(?:inhaler|nebuli[sz]er|albuterol|rescue\\s+inhaler|puffer)\\s+(?:is\\s*n'?t|isnt|is\\s+not|not|doesn'?t|does\\s+not|didn'?t|did\\s+not|has\\s*n'?t|has\\s+not|won'?t)\\s+(?:even\\s+)?(?:helping|help|helped|working|work|worked)",
      'asthma\\s+attack',
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
      `(?:droop\\w*|sagg\\w*|lopsided)\\s+(?:[a-z']+\\s+){0,2}(?:face|smile|mouth)`,
      `slurr?\\w*\\s+(?:[a-z']+\\s+)?(?:speech|words|talking|speaking)`,
      'slurring',
      `(?:speech|words|talking|speaking)\\s+(?:(?:is|are|was|were|sounds?|sounded|seems|seemed|got|became|all|really|very|kind\\s+of|suddenly)\\s+){0,3}(?:slurr\\w*|garbled|jumbled|funny|weird|strange|mixed\\s+up|not\\s+making\\s+sense)`,
      "(?:can'?t|cannot|couldn'?t|unable\\s+to)\\s+(?:get\\s+(?:the|my|his|her|any)\\s+words\\s+out|find\\s+(?:the|my|his|her)\\s+words)",
      `(?:weak\\w*|numb(?:ness|ed)?|paraly\\w*)\\s+(?:[a-z']+\\s+){0,4}?(?:on\\s+)?(?:one\\s+side|(?:the\\s+)?(?:left|right)\\s+side\\s+of\\s+(?:my|his|her|the)\\s+(?:body|face)|(?:my|his|her|the)\\s+(?:left|right)\\s+(?:side|arm\\s+and\\s+leg|leg\\s+and\\s+arm))`,
      '(?:one|left|right)[- ]sided\\s+(?:weakness|numbness|paralysis)',
      "(?:can'?t|cannot|couldn'?t|unable\\s+to)\\s+(?:move|lift|raise|feel)\\s+(?:my|his|her)\\s+(?:left|right)\\s+(?:arm|leg|hand|side)",
      `(?:left|right)\\s+(?:arm|leg|side)\\s+(?:(?:is|went|feels|felt|suddenly|just|has|gone|all)\\s+){1,3}(?:weak|limp|dead|paraly[sz]ed)`,
      "(?<!heat\\s|brush\\s|back\\s|swim(?:ming)?\\s|breast\\s|key\\s|pen\\s|golf\\s|post[- ])stroke(?!\\s+(?:of\\s+(?:luck|genius|midnight|good\\s+fortune|inspiration)|survivor|rehab\\w*|clinic|risk|prevention|order|volume|rate|count))",
      'transient\\s+ischemic',
      `sudden\\w*\\s+(?:[a-z']+\\s+)?(?:confus\\w*|loss\\s+of\\s+(?:vision|sight|balance)|(?:lost|lose|losing)\\s+(?:the\\s+)?(?:vision|sight|balance)|blind\\w*|(?:can'?t|cannot)\\s+see|double\\s+vision|vision\\s+loss)`,
      '(?:lost|losing|lose|loss\\s+of)\\s+(?:the\\s+|all\\s+)?(?:vision|sight)\\s+in\\s+(?:one|my\\s+(?:left|right)|his\\s+(?:left|right)|her\\s+(?:left|right))\\s+eye',
      '(?:went|gone|going)\\s+blind\\s+in\\s+one\\s+eye',
    ],
  },
  {
    id: 'suicidal',
    label: 'thoughts of suicide or self-harm',
    patterns: [
      'sui?c+i?d\\w*(?!\\s+(?:prevention|awareness|squeeze))',
      'sui?s+id\\w*',
      `${INTENT}\\s+(?:[a-z']+\\s+)?${HARM_VERB}\\s+(?:my\\s*self|myself|my\\s+life|it\\s+all|me)`,
      'kill(?:ing)?\\s+(?:my\\s*self|myself)',
      'cutting\\s+(?:my\\s*self|myself)',
      'self[- ]?harm\\w*',
      'take\\s+my\\s+(?:own\\s+)?life',
      'end\\s+(?:my\\s+life|it\\s+all)',
      "(?:don'?t|do\\s+not|dont)\\s+want\\s+to\\s+(?:be\\s+(?:here|alive|around)|live|wake\\s+up|go\\s+on|exist|keep\\s+going)(?!\\s+(?:for|at|when|during)\\b)",
      'want(?:ed|s)?\\s+to\\s+die',
      'wish(?:ed)?\\s+(?:i|he|she)\\s+(?:was|were|could\\s+be)\\s+dead',
      'better\\s+off\\s+(?:dead|without\\s+me)',
      'no\\s+(?:reason|point)\\s+(?:to|in)\\s+(?:live|living|going\\s+on)',
      '(?:thoughts|thinking)\\s+(?:of|about)\\s+(?:death|dying|ending\\s+(?:it|my\\s+life))',
      "can'?t\\s+go\\s+on\\s+(?:anymore|like\\s+this)",
      'life\\s+(?:is\\s+)?(?:not\\s+|isn\\W?t\\s+)?worth\\s+living',
      "voices\\s+(?:[a-z']+\\s+){0,3}(?:telling|tell|told)\\s+(?:me|him|her)\\s+to",
    ],
  },
  {
    id: 'homicidal',
    label: 'thoughts of harming others',
    patterns: ['homicid\\w*', `${INTENT}\\s+(?:[a-z']+\\s+)?(?:kill\\w*|hurt\\w*|harm\\w*|shoot\\w*|stab\\w*|strangl\\w*)\\s+${OTHERS}`],
  },
  {
    id: 'severe_bleeding',
    label: 'severe bleeding',
    patterns: [
      `${BLEED}\\s+(?:[a-z0-9']+[,.]?\\s+){0,8}?(?:won'?t|wont|will\\s+not|doesn'?t|does\\s+not|didn'?t|isn'?t|is\\s+not|hasn'?t|has\\s+not|not|can'?t|cannot|couldn'?t|never)\\s+(?:[a-z']+\\s+)?(?:stop\\w*|slow\\w*)`,
      `${BLEED}\\s+(?:[a-z0-9']+[,.]?\\s+){0,8}?(?:can'?t|cannot|couldn'?t)\\s+get\\s+(?:it|the\\s+bleeding|this|him|her)\\s+to\\s+stop`,
      "(?:won'?t|wont|will\\s+not|can'?t|cannot|couldn'?t|doesn'?t|does\\s+not|isn'?t|hasn'?t|not)\\s+stop(?:ped)?\\s+bleed\\w*",
      `(?:heavy|heavily|severe|severely|a\\s+lot\\s+of|lots\\s+of|so\\s+much|uncontroll\\w*|profuse\\w*|gushing|spurting|pouring|massive|tons\\s+of|excessive)\\s+(?:[a-z']+\\s+)?(?:bleed\\w*|${BLOOD})(?!\\s+(?:during|with|on)\\s+(?:my|her)\\s+(?:period|cycle))`,
      `(?:coughing|cough|coughed|throwing|threw|vomit\\w*|puking|puked|spitting|spit)\\s+(?:up\\s+)?(?:a\\s+lot\\s+of\\s+|bright\\s+red\\s+)?${BLOOD}`,
      `${BLOOD}\\s+(?:is\\s+|was\\s+|keeps\\s+)?(?:everywhere|pouring|gushing|spurting|squirting|soaking)`,
      'soak\\w*\\s+(?:through\\s+)?(?:a\\s+|the\\s+|my\\s+|\\d+\\s+|two\\s+|several\\s+|multiple\\s+)?(?:pads?|towels?|bandages?|gauze|shirt|clothes)',
    ],
  },
  {
    id: 'anaphylaxis',
    label: 'anaphylaxis or severe allergic reaction',
    patterns: [
      'an[ae]?(?:ph|f)(?:y|i|a|e)?l+(?:a|e|i|o)?(?:x|ct|ks)\\w*(?!\\s+(?:action\\s+|care\\s+)?(?:plan|form|kit|training|protocol))',
      `(?:throat|airway|windpipe)\\s+${FILLER}{0,4}(?:clos\\w*|swelling(?:\\s+(?:up|shut))?|swollen\\s+shut)`,
      `(?:lips?|tongue|mouth|face\\s+and\\s+lips|eyes\\s+and\\s+lips)\\s+(?:and\\s+(?:my\\s+|his\\s+|her\\s+)?[a-z]+\\s+)?${FILLER}{0,3}(?:swell\\w*|swollen|puff\\w*|blow\\w*\\s+up|blew\\s+up)`,
      '(?:swollen|swelling|puffy|puffed\\s+up)\\s+(?:lips?|tongue)',
      'swell\\w*\\s+(?:of|in)\\s+(?:my|his|her|the)\\s+(?:lips?|tongue|throat)',
      '(?:severe|bad|serious|major|huge|massive|life[- ]threatening)\\s+(?:al+er?gic|alergic)\\s+reac\\w*',
      "(?<!how\\s+(?:do\\s+(?:i|we|you)\\s+|to\\s+))(?:used|use|gave|give|giving|had\\s+to\\s+use|had\\s+to\\s+give|injected|inject)\\s+(?:him|her|them|my|his|the|an?|their)?\\s*(?:[a-z']+\\s+)?(?:epi[- ]?pen|epinephrine|auvi-?q)",
    ],
  },
  {
    id: 'overdose',
    label: 'overdose or poisoning',
    patterns: [
      "overdos\\w*|over[- ]dos\\w*|od'd|od'ed",
      `(?:took|taken|take|swallowed|ate|eaten|drank|downed|popped)\\s+(?:[a-z']+\\s+){0,3}?(?:too\\s+many|too\\s+much|an?\\s+(?:whole|full|entire)\\s+(?:bottle|pack|packet|box|strip|jar|tub)s?|the\\s+(?:whole|entire|full)\\s+(?:bottle|pack|packet|box|strip|jar|tub)s?|all\\s+(?:of\\s+)?(?:my|his|her|the)\\s+(?:pills|meds|medication|medicine|tablets|capsules)|a\\s+(?:handful|bunch|lot)\\s+of\\s+(?:pills|tablets|meds|capsules))`,
      `(?:got\\s+into|ate|swallowed|drank|chewed)\\s+(?:some\\s+(?:of\\s+)?)?(?:my|his|her|the|grandma'?s|grandpa'?s|a|an)?\\s*(?:[a-z']+\\s+){0,2}(?:pills|medicine|meds|medication|tablets|bleach|detergent|pods?|batter(?:y|ies)|magnets?|poison\\w*|antifreeze|vitamins|gummies|edibles)`,
      'poison\\s+control',
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
      'collaps\\w*',
      "(?:won'?t|wont|will\\s+not)\\s+wake\\s+up",
      "(?:can'?t|cannot|couldn'?t)\\s+(?:wake|rouse)\\s+(?:him|her|them|my\\s+\\w+)",
      'not\\s+waking\\s+up',
      'syncope',
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
      `pregnan\\w*[^.!?\\n]{0,70}?\\b(?:bleed\\w*|bled|spotting|${BLOOD}|(?:passing|passed)\\s+(?:clots|tissue))`,
      `(?:bleed\\w*|bled|spotting|${BLOOD})[^.!?\\n]{0,50}?\\bpregnan\\w*`,
      'miscarr\\w*',
    ],
  },
  {
    id: 'pregnancy_emergency',
    label: 'pregnancy warning signs',
    patterns: [
      'water\\s+(?:just\\s+)?(?:broke|has\\s+broken|broken)',
      "(?:the\\s+)?baby\\s+(?:isn'?t|is\\s+not|hasn'?t|has\\s+not|not|stopped|has\\s+stopped)\\s+(?:been\\s+)?(?:moving|kicking)",
      '(?:less|decreased|reduced|no)\\s+(?:fetal\\s+|baby\\s+)?(?:movements?|kicks|kicking)(?=[^.!?\\n]{0,40}(?:pregnan|weeks|baby))',
    ],
  },
  {
    id: 'seizure',
    label: 'seizure',
    patterns: [
      '(?<!anti[- ]?)(?:seiz\\w*|siez\\w*|seaz\\w*|seziure\\w*|sezure\\w*|convuls\\w*|epileptic\\s+(?:fit|attack)|(?:having|had)\\s+a\\s+fit)(?!\\s*(?:med\\w*|medicine|pills?|tablets?|tabs|capsules?|meds|drugs?|prescription|rx|precautions?|action\\s+plan|plan|disorder|history|-?free|threshold|diary|log|dog|neurologist|clinic))',
    ],
  },
  {
    id: 'severe_headache',
    label: 'sudden severe headache',
    patterns: [
      "(?:worst|worse)\\s+headache\\s+(?:of\\s+(?:my|his|her|their)\\s+life|(?:i'?ve|i\\s+have|he'?s|she'?s|he\\s+has|she\\s+has)\\s+ever\\s+(?:had|felt)|ever)",
      '(?:sudden|suddenly)\\s+(?:(?:a|the|got|very|really|a\\s+really)\\s+)?(?:severe|terrible|excruciating|horrible|intense|awful|blinding|splitting|bad|worst)\\s+headache',
      '(?:thunderclap|explosive|exploding)\\s+headache',
    ],
  },
  {
    id: 'stiff_neck_fever',
    label: 'fever with stiff neck',
    composite: true,
    patterns: [`stiff\\s+neck[^.!?\\n]{0,40}?\\b${FEVER}`, `${FEVER}[^.!?\\n]{0,40}?\\bstiff\\s+neck`],
  },
  {
    id: 'head_injury',
    label: 'head injury with warning signs',
    composite: true,
    patterns: [
      "(?:hit|bumped|banged|smacked|fell\\s+on|fell\\s+and\\s+hit)\\s+(?:his|her|my|their)\\s+head[^.!?\\n]{0,70}?\\b(?:vomit\\w*|throw\\w*\\s+up|threw\\s+up|confus\\w*|drowsy|sleepy|won'?t\\s+stop\\s+crying|unequal\\s+pupils)",
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
