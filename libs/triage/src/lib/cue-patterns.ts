/**
 * Context cue patterns, NegEx-style: the words around a finding that say it is denied, past,
 * hypothetical, resolved, mild, or happening now. Used by cues.ts.
 */
export type CueKind =
  | 'pseudo' // looks like a negation but is not ("not sure", "won't stop", "never felt like this")
  | 'reqneg' // negates a request ("I don't need an appointment")
  | 'resolved' // after a finding: "is gone", "went away"
  | 'neg' // "no", "denies", "without", "don't have"
  | 'mild' // "a little", "slightly"
  | 'exertion' // "when I climb stairs"
  | 'hypo' // hypothetical: "risk of", "signs of", "in case", "what if"
  | 'histpre' // past, about what follows only: "history of"
  | 'hist' // past: "in 2015", "years ago", "as a kid", "history of"
  | 'recent' // present: "today", "right now", "getting worse"
  | 'recur' // back again: overrides a past marker anywhere in the sentence ("had it in 2019, now it's back")
  | 'again' // "again": a recurrence only near the finding ("cut myself again"), not "start running again"
  | 'segment' // starts another request in a mixed message: "also", "by the way"
  | 'clause'; // ends a negation's scope: "but", "however"

const AUX_NOT = "(?:do|does|did|have|has|had|is|are|was|were|am|could|would)(?:n'?t|\\s+not)";

// Order matters: at one position the first listed alternative wins, so longer readings come first.
export const CUES: Record<CueKind, string[]> = {
  pseudo: [
    'not\\s+(?:sure|certain|only|just|better|improving|getting\\s+(?:any\\s+)?better|going\\s+away|gone|stopping|stopped|helping|working|resolved|normal|feeling\\s+(?:well|good|great|right|myself|ok|okay)|well|good|right|ok|okay|able\\s+to\\s+(?:stop|get\\s+it\\s+to\\s+stop)|like\\s+(?:me|him|her))',
    'no\\s+(?:idea|doubt|matter|better|change|relief|improvement|one\\s+(?:else\\s+)?(?:is|was)\\s+home)',
    "(?:don'?t|do\\s+not|dont)\\s+(?:know|understand|remember|think\\s+(?:it'?s|this\\s+is|that\\s+is))",
    "(?:won'?t|wont|will\\s+not|doesn'?t|does\\s+not|didn'?t|did\\s+not|hasn'?t|has\\s+not|haven'?t|have\\s+not|can'?t|cannot|isn'?t|is\\s+not)\\s+(?:stop|stopped|stopping|go\\s+away|gone\\s+away|went\\s+away|get\\s+better|improve|improved|help(?:ing)?|seem\\s+to|slow(?:ing)?\\s+down)",
    'nothing\\s+(?:helps|is\\s+helping|works|has\\s+helped)',
    // Part of a finding, not a denial: "she is not making sense", "he wasn't responding to us".
    "(?:not|isn'?t|wasn'?t|is\\s+not|was\\s+not)\\s+(?:making\\s+(?:any\\s+)?sense|respond\\w*\\s+to\\s+(?:me|us|anyone|anybody|(?:his|her|their)\\s+name|voices?|touch))",
    "can'?t\\s+tell",
    // Part of a finding (disorientation), not a denial: "he does not know where he is".
    "(?:does|did|do)(?:n'?t|\\s+not)\\s+(?:know|recogni[sz]e)\\s+(?:where\\s+(?:he|she|i|they)|who\\s+(?:i|we|he|she)|what\\s+day|(?:me|us|anyone)\\b)",
    "(?:doesnt|didnt|dont)\\s+(?:know|recogni[sz]e)\\s+(?:where\\s+(?:he|she|i|they)|who\\s+(?:i|we|he|she)|what\\s+day|(?:me|us|anyone)\\b)",
    "(?:does|did)(?:n'?t|\\s+not)\\s+make\\s+(?:any\\s+)?sense",
    'never\\s+(?:had|felt|been|seen)\\s+(?:anything\\s+)?(?:like\\s+this|this\\s+bad|so\\s+bad|pain\\s+like)',
  ],
  reqneg: [
    `${AUX_NOT}\\s+(?:need|want|require)`,
    'dont\\s+(?:need|want)',
    'no\\s+need\\s+(?:for|to)',
    'not\\s+(?:asking|requesting|looking|calling|writing|about|for\\s+an?|a\\s+question\\s+about|related\\s+to|regarding|needing|a)',
    'no\\s+longer\\s+need',
    'nothing\\s+to\\s+do\\s+with',
    "isn'?t\\s+(?:about|for|a)",
    '(?:is|was)\\s+not\\s+(?:about|for)',
    'instead\\s+of',
    'rather\\s+than',
  ],
  resolved: [
    // Present tense only: "she was fine at breakfast" is not a resolution.
    '(?:is|are|has|have|is\\s+all|are\\s+all)\\s+(?:\\w+\\s+)?(?:gone|resolved|went\\s+away|gone\\s+away|cleared\\s+up|stopped|better|fine|much\\s+better)(?:\\s+now)?',
    'went\\s+away',
    'gone\\s+(?:after|with|by)',
    // Out of danger after the event: "had a stroke last week and is now stable".
    '(?:is|are|was\\s+discharged\\s+and\\s+is)\\s+(?:now\\s+)?(?:stable|recovering|in\\s+rehab|back\\s+home)',
    '(?:it|that|this|which)\\s+(?:passed|settled|eased)',
    'gone\\s+away',
    'resolved',
    'cleared\\s+up',
    'stopped',
    'under\\s+control',
    'well[- ]controlled',
    '(?:all|completely)\\s+better',
    '(?:all|completely|totally)\\s+(?:fine|good|ok|okay|well|normal)(?:\\s+now)?',
    'no\\s+longer\\s+(?:a\\s+problem|an\\s+issue|there)',
  ],
  neg: [
    `${AUX_NOT}(?:\\s+(?:have|had|get|got|feel|felt|experience|experienced|notice|noticed|been\\s+having|having|any))?`,
    '(?:dont|doesnt|didnt|havent|hasnt|isnt|arent|wasnt|werent)',
    'no\\s+longer',
    'not\\s+having',
    'nothing\\s+like',
    'no',
    'not',
    'never',
    'nor',
    'neither',
    'without',
    'denie[sd]',
    'deny(?:ing)?',
    'negative\\s+for',
    'free\\s+of',
    'absence\\s+of',
    'zero',
  ],
  mild: [
    'mild(?:ly)?',
    'slight(?:ly)?',
    'a\\s+(?:little|bit|tad)',
    'little\\s+bit',
    'somewhat',
    'kind\\s+of',
    'kinda',
    'sort\\s+of',
    'occasional(?:ly)?',
    'sometimes',
    'once\\s+in\\s+a\\s+while',
  ],
  exertion: [
    '(?:when|while|after|if)\\s+(?:i|he|she|we|they)\\s+(?:climb|walk|run|exercise|work\\s+out|go\\s+up|jog|play|carry|hike|do\\s+stairs)',
    'climbing',
    '(?:walking|going|running)\\s+up',
    'with\\s+(?:exercise|exertion|activity)',
    'on\\s+exertion',
    '(?:during|after)\\s+(?:exercise|running|walking|the\\s+gym|workouts?|soccer|practice|a\\s+run|a\\s+long\\s+walk)',
    'at\\s+the\\s+gym',
  ],
  hypo: [
    'risks?\\s+(?:of|for)',
    'chances?\\s+of',
    'prevent\\w*',
    '(?:warning\\s+)?signs\\s+(?:of|for)',
    'symptoms\\s+of',
    'in\\s+case',
    'what\\s+if',
    'what\\s+(?:to|should\\s+(?:i|we))\\s+do\\s+if',
    'if\\s+(?:i|he|she|they|you|it|my\\s+\\w+)\\s+(?:ever\\s+)?(?:gets?|has|have|had|starts?|develops?|feels?|goes?\\s+into)',
    '(?:worried|afraid|scared|nervous|anxious)\\s+(?:about|of)\\s+(?:getting|having|another|a\\s+future|the\\s+risk)',
    'screen\\w*\\s+for',
    'test(?:ed|ing)?\\s+for',
    'rule\\s+out',
    'ruled\\s+out',
    '(?:nearly|almost)\\s+(?:had|gave\\s+(?:me|him|her))\\s+(?:a|an)',
    '(?:worried|afraid|scared|nervous|anxious)\\s+(?:about|of)(?=\\s+(?:an?\\s+)?(?:overdos|od\\b))',
    // Questionnaires: "the form asks if I've ever fainted".
    "(?:if|whether)\\s+(?:[a-z']+\\s+){1,2}ever",
    '(?:asks|asking|asked)\\s+(?:if|whether|about)',
    '(?:lower|reduce|increase|increases|raise|raises)\\s+(?:my\\s+|the\\s+|his\\s+|her\\s+)?risk',
    '(?:information|info|reading|read|article|video|pamphlet|class|training|course|handout)\\s+(?:on|about)',
    'cpr',
    // What happens during recurring panic, not now: "when I have panic attacks I can't breathe".
    '(?:when(?:ever)?|during|if)\\s+(?:(?:i|he|she|they|we)\\s+(?:have|has|get|gets|had|got)\\s+)?(?:(?:a|an|my|his|her|these|those|the|one\\s+of\\s+(?:my|his|her|these|those|the))\\s+)?(?:panic|anxiety)\\s+attacks?',
    "(?:when(?:ever)?)\\s+(?:i|he|she)\\s+(?:get|gets|feel|feels|am|is|'?m)\\s+(?:really\\s+|very\\s+|so\\s+)?(?:anxious|panicky|panicked|panicking|stressed)",
    // A dosing question ("can I take all my pills at once?"): only right before the dose, so
    // "should I take him in? he swallowed…" still counts.
    "(?:(?:can|could|should|may)\\s+(?:i|we|he|she)|(?:ok|okay|safe|fine|alright)\\s+to)(?=\\s+take\\s+(?:all|them\\s+all|both|the\\s+whole))",
    'first\\s+aid',
    // What they feared at the time: "I really thought I was having a heart attack".
    '(?:thought|was\\s+sure|was\\s+convinced|was\\s+afraid|was\\s+scared|worried)\\s+(?:that\\s+)?(?:i|he|she)\\s+(?:was|were)\\s+(?:having|going\\s+to\\s+have)',
    '(?:can|could|may|might)\\s+cause',
    // A question about a medicine's effects: "does this medication cause suicidal thoughts?".
    '(?:does|do|can|could|will|would|might)\\s+(?:this|that|it|the|these|those|my|his|her|[a-z]+)\\s+(?:[a-z]+\\s+){0,2}(?:cause|trigger|lead\\s+to|increase\\s+(?:the\\s+)?(?:risk|chance))',
    '(?:learn|know)\\s+(?:more\\s+)?about',
    // General knowledge, not the writer's own symptom: "I read that a sudden headache can mean…".
    "(?:read|heard|learned|learnt|seen)\\s+(?:online\\s+|somewhere\\s+|on\\s+(?:tv|the\\s+news)\\s+)?that",
    // Documents for a known condition: "an allergy action plan for her anaphylaxis".
    '(?:allergy|asthma|seizure|epilepsy|anaphylaxis|diabetes)\\s+(?:action\\s+|care\\s+|emergency\\s+)?plans?',
    'action\\s+plans?',
  ],
  // Past markers that only reach forward, to what they name: "a history of blood clots".
  histpre: ['history\\s+of', 'hx\\s+of', 'family\\s+history', 'h/o'],
  hist: [
    '(?<!since\\s)(?:19[4-9]\\d|20[0-2]\\d)',
    '(?:years?|decades?|months)\\s+ago',
    '(?:a\\s+)?(?:few|couple(?:\\s+of)?|several|many|two|three|four|five|\\d+)\\s+years\\s+(?:ago|back)',
    'last\\s+(?:year|spring|summer|fall|autumn|winter)',
    'in\\s+the\\s+past',
    'used\\s+to',
    'back\\s+in',
    'as\\s+a\\s+(?:kid|child|teen(?:ager)?|baby|young\\s+\\w+)',
    'when\\s+(?:i|he|she)\\s+was\\s+(?:a\\s+|younger|little|in|\\d+)',
    'previous(?:ly)?',
    'long\\s+time\\s+ago',
    'once\\s+had',
    // An age ("at 15"), not a number with a unit ("at 33 weeks", "at 10 pm", "at 39.5").
    "at\\s+(?:age\\s+)?\\d\\d(?!\\d|\\.\\d|[:%]|\\s*(?:weeks?|wks?|days?|months?|mins?|minutes?|hours?|hrs?|[ap]\\.?m\\b|mg|percent|degrees|[cf]\\b|o'?clock))",
    'childhood',
    'in\\s+(?:college|high\\s+school)',
    '(?<!since\\s)last\\s+(?:month|week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
    // Not an age: "a baby born 2 weeks ago", "had my baby 5 days ago".
    '(?<!(?:born|delivered|birth|baby|had\\s+(?:him|her|them))\\s+)(?:a|one|two|three|four|five|six|few|couple\\s+of|\\d+)\\s+(?:weeks|months?)\\s+ago',
    '(?:in|last|back\\s+in|during)\\s+(?:january|february|march|april|june|july|august|september|october|november|december)',
    'passed\\s+away',
    // Someone else's death from it: "my father died of a heart attack".
    'died\\s+(?:of|from|after)',
    'who\\s+died',
  ],
  recent: [
    'today',
    'tonight',
    'this\\s+(?:morning|afternoon|evening|week)',
    'right\\s+now',
    'now',
    'currently',
    'at\\s+the\\s+moment',
    // Not a lingering disability after a past event ("had a stroke in 2019 and still can't drive").
    "still(?!\\s+(?:can'?t|cannot|unable\\s+to|not\\s+able\\s+to|(?:has|have)\\s+trouble)\\s+(?:drive|driving|work|working|walk|walking|write|writing|use|lift|grip|read|go\\s+back|return|play|run|type|climb))",
    'just\\s+(?:had|now|started|happened|fainted|collapsed|passed)',
    'an?\\s+(?:hour|few\\s+minutes|few\\s+hours|couple\\s+(?:of\\s+)?hours)\\s+ago',
    '\\d+\\s*(?:minutes?|mins?|hours?|hrs?)\\s+ago',
    'last\\s+night',
    'yesterday',
    'since\\s+(?:yesterday|last\\s+night|this\\s+morning|this\\s+afternoon|monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
    'getting\\s+worse',
    'worse',
    'keeps?',
    'kept',
    'started',
    'starting',
    'began',
    "(?:is|are|am|i'?m|im)\\s+having",
    'suddenly',
    'all\\s+of\\s+a\\s+sudden',
    'for\\s+the\\s+(?:last|past)\\s+(?:\\d+|few|couple(?:\\s+of)?|two|three)\\s+(?:minutes|hours|days)',
    'ongoing',
    'happening',
  ],
  // Not after an activity taken up again ("start running again", "drive again").
  again: ['(?<!(?:run|running|exercis\\w*|gym|work|working|drive|driving|walk\\w*|travel\\w*|swim\\w*|play\\w*|sports?|lift\\w*|training)\\s)again'],
  recur: [
    "(?:is|it'?s|its|are|they'?re|came|come|coming|has\\s+come|have\\s+come)\\s+back",
    'returned',
    'recurr\\w*',
  ],
  segment: [
    '(?:one|a\\s+quick|quick|second|last|other)\\s+question',
    '[2-9][).]',
    'and\\s+also',
    'also',
    'plus',
    'btw',
    'by\\s+the\\s+way',
    'another\\s+(?:thing|question|issue)',
    'one\\s+more\\s+(?:thing|question)',
    'in\\s+addition',
    'additionally',
    'separately',
    'on\\s+another\\s+note',
    'p\\.?s',
    'second(?:ly)?',
    'other\\s+than\\s+that',
    'unrelated(?:ly)?',
    'as\\s+well\\s+as',
  ],
  clause: [
    'but',
    'however',
    'although',
    'though',
    'except',
    'yet',
    'aside\\s+from',
    'apart\\s+from',
    // "so" joins clauses only before a new subject ("…, so I stopped it"), not in "so quickly".
    "so(?=,|\\s+(?:i|i'm|im|he|she|we|they|it|now|then|my|his|her|the)\\b)",
    'because',
    'then',
    'and\\s+now',
    'until',
    'which',
    'whereas',
    'while',
  ],
};

