import type { MessageCategory, Pool, Priority } from '@carequeue/contracts';

/** What the patient sent. `category` is the patient's own choice: a prior, not the truth. */
export interface TriageInput {
  subject: string;
  body: string;
  category?: MessageCategory;
}

export interface PhysicianAvailability {
  id: string;
  name: string;
  outOfOffice: boolean;
  coveringPhysicianId?: string | null;
}

export interface TriagePatient {
  ageYears?: number;
  primaryPhysicianId?: string | null;
}

/** Everything about the message's surroundings the engine may use; all optional. */
export interface TriageEngineContext {
  rulesVersion?: number;
  patient?: TriagePatient;
  physicians?: readonly PhysicianAvailability[];
  /** Practice-local hour of day, 0-23, for rules with an hours window. */
  localHour?: number;
}

export interface TriageContext extends TriageEngineContext {
  rules: readonly RoutingRule[];
}

export interface RoutingRuleConditions {
  categories?: MessageCategory[];
  /** Any of these words or phrases, case-insensitive, on word boundaries. */
  phrases?: string[];
  urgent?: boolean;
  /** Inclusive bounds in whole years. A rule with an age band never matches a patient of unknown age. */
  ageBand?: { min?: number; max?: number };
  hasPrimaryPhysician?: boolean;
  /** Practice-local hours [from, to): from inclusive, to exclusive; from > to wraps midnight; from = to is all day. */
  hours?: { from: number; to: number };
}

export interface RoutingRuleAction {
  pool: Pool;
  priority?: Priority;
  slaHours?: number;
}

export interface RoutingRule {
  id: string;
  name: string;
  enabled: boolean;
  conditions: RoutingRuleConditions;
  action: RoutingRuleAction;
}

export type ExplanationKind = 'rule' | 'phrase' | 'red_flag' | 'prior' | 'negated' | 'coverage' | 'default';

/**
 * One reason behind a decision. `start`/`end` are UTF-16 offsets (end exclusive) into
 * `subject + "\n" + body`, the exact string the engine read; see `triageText()`.
 */
export interface ExplanationItem {
  kind: ExplanationKind;
  text: string;
  ruleId?: string;
  phrase?: string;
  start?: number;
  end?: number;
}

export interface TriageDecision {
  category: MessageCategory;
  urgent: boolean;
  priority: Priority;
  pool: Pool;
  assigneeId?: string;
  /** 0..1: how clearly the text pointed at `category` (urgent decisions are at least 0.9). */
  confidence: number;
  ruleId?: string;
  ruleName?: string;
  rulesVersion?: number;
  slaHours?: number;
  /** Every request found in the message, strongest first; more than one for mixed messages. */
  parts: MessageCategory[];
  /** Ids of the emergency red flags found (see RED_FLAGS). */
  redFlags: string[];
  explanation: ExplanationItem[];
}

export interface TriageEngine {
  readonly rules: readonly RoutingRule[];
  readonly rulesVersion?: number;
  decide(input: TriageInput, context?: TriageEngineContext): TriageDecision;
}
