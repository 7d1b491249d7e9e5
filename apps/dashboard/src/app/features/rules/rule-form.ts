import type { MessageCategory, Pool, Priority } from '@carequeue/contracts';
import type { RoutingRule, RoutingRuleConditions } from '@carequeue/triage';

/** A yes/no condition that may also be left out. */
export type TriState = 'any' | 'yes' | 'no';

/** What the side form edits: text and numbers as the inputs hold them, before they become a rule. */
export interface RuleForm {
  name: string;
  enabled: boolean;
  categories: MessageCategory[];
  /** Comma- or line-separated. */
  phrases: string;
  urgent: TriState;
  ageMin: number | null;
  ageMax: number | null;
  hasPrimaryPhysician: TriState;
  hoursFrom: number | null;
  hoursTo: number | null;
  pool: Pool;
  /** '' leaves the priority to triage (the category's default). */
  priority: Priority | '';
  slaHours: number | null;
}

/** The form controls a validation message can point at; `general` is shown above the form. */
export type RuleField =
  | 'name'
  | 'categories'
  | 'phrases'
  | 'urgent'
  | 'ageBand'
  | 'ageMin'
  | 'ageMax'
  | 'hasPrimaryPhysician'
  | 'hours'
  | 'hoursFrom'
  | 'hoursTo'
  | 'pool'
  | 'priority'
  | 'slaHours'
  | 'general';

export const FIELD_LABELS: Record<RuleField, string> = {
  name: 'Name',
  categories: 'Categories',
  phrases: 'Phrases',
  urgent: 'Urgent',
  ageBand: 'Age band',
  ageMin: 'Age from',
  ageMax: 'Age to',
  hasPrimaryPhysician: 'Has a primary physician',
  hours: 'Hours',
  hoursFrom: 'Hours from',
  hoursTo: 'Hours to',
  pool: 'Send to',
  priority: 'Priority',
  slaHours: 'SLA',
  general: 'Rule',
};

export type FieldErrors = Partial<Record<RuleField, string[]>>;

/** An empty rule for "Add rule": matches nothing in particular until conditions are set. */
export const NEW_RULE_FORM: RuleForm = {
  name: '',
  enabled: true,
  categories: [],
  phrases: '',
  urgent: 'any',
  ageMin: null,
  ageMax: null,
  hasPrimaryPhysician: 'any',
  hoursFrom: null,
  hoursTo: null,
  pool: 'medical_assistant',
  priority: '',
  slaHours: null,
};

const triState = (value: boolean | undefined): TriState => (value === undefined ? 'any' : value ? 'yes' : 'no');
const fromTriState = (value: TriState): boolean | undefined => (value === 'any' ? undefined : value === 'yes');
const isSet = (value: number | null | undefined): value is number => typeof value === 'number' && !Number.isNaN(value);

/** Phrases as the person typed them: split on commas and new lines, trimmed, repeats dropped. */
export function parsePhrases(text: string): string[] {
  const seen = new Set<string>();
  const phrases: string[] = [];
  for (const raw of text.split(/[,\n]/)) {
    const phrase = raw.trim().replace(/\s+/g, ' ');
    const key = phrase.toLowerCase();
    if (phrase && !seen.has(key)) {
      seen.add(key);
      phrases.push(phrase);
    }
  }
  return phrases;
}

export function ruleToForm(rule: RoutingRule): RuleForm {
  const c = rule.conditions ?? {};
  const phrases = c.phrases ?? [];
  return {
    name: rule.name,
    enabled: rule.enabled,
    categories: [...(c.categories ?? [])],
    // A phrase with a comma in it survives only one per line.
    phrases: phrases.join(phrases.some((p) => p.includes(',')) ? '\n' : ', '),
    urgent: triState(c.urgent),
    ageMin: c.ageBand?.min ?? null,
    ageMax: c.ageBand?.max ?? null,
    hasPrimaryPhysician: triState(c.hasPrimaryPhysician),
    hoursFrom: c.hours?.from ?? null,
    hoursTo: c.hours?.to ?? null,
    pool: rule.action.pool,
    priority: rule.action.priority ?? '',
    slaHours: rule.action.slaHours ?? null,
  };
}

/**
 * The rule the form describes. Conditions left empty are left out; a half-filled pair (only
 * "from") is kept so that the validator names the missing half.
 */
export function formToRule(form: RuleForm, id: string): RoutingRule {
  const conditions: RoutingRuleConditions = {};
  if (form.categories.length) conditions.categories = [...form.categories];
  const phrases = parsePhrases(form.phrases);
  if (phrases.length) conditions.phrases = phrases;
  const urgent = fromTriState(form.urgent);
  if (urgent !== undefined) conditions.urgent = urgent;
  if (isSet(form.ageMin) || isSet(form.ageMax)) {
    conditions.ageBand = {};
    if (isSet(form.ageMin)) conditions.ageBand.min = form.ageMin;
    if (isSet(form.ageMax)) conditions.ageBand.max = form.ageMax;
  }
  const hasPrimaryPhysician = fromTriState(form.hasPrimaryPhysician);
  if (hasPrimaryPhysician !== undefined) conditions.hasPrimaryPhysician = hasPrimaryPhysician;
  if (isSet(form.hoursFrom) || isSet(form.hoursTo)) {
    conditions.hours = { from: form.hoursFrom as number, to: form.hoursTo as number };
  }
  const rule: RoutingRule = { id, name: form.name.trim(), enabled: form.enabled, conditions, action: { pool: form.pool } };
  if (form.priority) rule.action.priority = form.priority;
  if (isSet(form.slaHours)) rule.action.slaHours = form.slaHours;
  return rule;
}

/** Which form control a rule path ("conditions.hours.from", "action.slaHours") belongs to. */
export function fieldForPath(path: string): RuleField {
  const p = path.replace(/\[\d+\]/g, '');
  switch (p) {
    case 'name':
      return 'name';
    case 'conditions.categories':
      return 'categories';
    case 'conditions.phrases':
      return 'phrases';
    case 'conditions.urgent':
      return 'urgent';
    case 'conditions.ageBand':
      return 'ageBand';
    case 'conditions.ageBand.min':
      return 'ageMin';
    case 'conditions.ageBand.max':
      return 'ageMax';
    case 'conditions.hasPrimaryPhysician':
      return 'hasPrimaryPhysician';
    case 'conditions.hours':
      return 'hours';
    case 'conditions.hours.from':
      return 'hoursFrom';
    case 'conditions.hours.to':
      return 'hoursTo';
    case 'action.pool':
      return 'pool';
    case 'action.priority':
      return 'priority';
    case 'action.slaHours':
      return 'slaHours';
    default:
      return 'general';
  }
}

/** "must be a whole hour from 0 to 23" → "Must be a whole hour from 0 to 23."; list items keep their number. */
function sentence(path: string, message: string): string {
  const item = /\.(phrases|categories)\[(\d+)\]$/.exec(path);
  const prefix = item ? `${item[1] === 'phrases' ? 'Phrase' : 'Category'} ${Number(item[2]) + 1}: ` : '';
  const text = prefix ? message : message.charAt(0).toUpperCase() + message.slice(1);
  return `${prefix}${text}${/[.!?]$/.test(text) ? '' : '.'}`;
}

/** Splits "conditions.hours.from: must be …" into its path and message (no path: general). */
export function splitMessage(message: string): { path: string; message: string } {
  const match = /^([A-Za-z][\w.[\]]*): (.*)$/s.exec(message);
  return match ? { path: match[1], message: match[2] } : { path: '', message };
}

/** Adds one problem, found at `path` inside a rule, to the right control. */
export function addFieldError(errors: FieldErrors, path: string, message: string): void {
  const field = fieldForPath(path);
  const text = sentence(path, message);
  const list = (errors[field] ??= []);
  if (!list.includes(text)) list.push(text);
}

/** `validateRoutingRule`'s messages, sorted by the control they belong to. */
export function fieldErrorsFromMessages(messages: readonly string[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const raw of messages) {
    const { path, message } = splitMessage(raw);
    addFieldError(errors, path, message);
  }
  return errors;
}

/** A readable, unique id for a new rule, from its name ("After-hours refills" → "after-hours-refills"). */
export function ruleIdFor(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/, '') || 'rule';
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
