import { staffTitle } from './staff-titles';

/**
 * The placeholders a reply template may use. This list is the whole vocabulary: anything else in
 * `{{…}}` is refused when a template is saved, so a typo never reaches a patient.
 */

/** A value supplied by the API for one reply; null, undefined and blank all mean "not known". */
export type TemplateValue = string | null | undefined;

/**
 * What the API knows when it renders a reply. `physician` is the patient's own physician (continuity
 * of care), `staff` is the person sending. Dates arrive already formatted in the practice's time zone
 * (see `formatTemplateDate`), because a pure function must not read the clock.
 */
export interface TemplateContext {
  patient?: { firstName?: TemplateValue; lastName?: TemplateValue; fullName?: TemplateValue };
  physician?: { name?: TemplateValue; lastName?: TemplateValue };
  practice?: { name?: TemplateValue; phone?: TemplateValue; portalUrl?: TemplateValue };
  /** `role` may be a StaffRole ("medical_assistant"), rendered as its patient-facing title. */
  staff?: { name?: TemplateValue; role?: TemplateValue };
  nextAvailable?: TemplateValue;
  today?: TemplateValue;
}

export type PlaceholderGroup = 'patient' | 'physician' | 'practice' | 'staff' | 'scheduling' | 'date';

export interface PlaceholderDefinition {
  readonly name: string;
  readonly group: PlaceholderGroup;
  readonly description: string;
  /** Shown in previews and in the editor's picker; also the value of EXAMPLE_CONTEXT. */
  readonly example: string;
}

export const PLACEHOLDERS = [
  { name: 'patient.firstName', group: 'patient', description: "Patient's first name", example: 'Maria' },
  { name: 'patient.lastName', group: 'patient', description: "Patient's last name", example: 'González' },
  {
    name: 'patient.fullName',
    group: 'patient',
    description: "Patient's first and last name",
    example: 'Maria González',
  },
  {
    name: 'physician.name',
    group: 'physician',
    description: "The patient's own physician, as addressed in a letter",
    example: 'Dr. Ana Ruiz',
  },
  {
    name: 'physician.lastName',
    group: 'physician',
    description: "Last name of the patient's own physician (\"Dr. {{physician.lastName}}\")",
    example: 'Ruiz',
  },
  { name: 'practice.name', group: 'practice', description: 'Name of the practice', example: 'Riverside Family Medicine' },
  { name: 'practice.phone', group: 'practice', description: "The practice's phone number", example: '(555) 010-2000' },
  {
    name: 'practice.portalUrl',
    group: 'practice',
    description: 'Address of the patient portal',
    example: 'https://portal.riversidefm.example',
  },
  { name: 'staff.name', group: 'staff', description: 'Name of the person sending the reply', example: 'Sam Lee' },
  { name: 'staff.role', group: 'staff', description: 'Role of the person sending the reply', example: 'Medical Assistant' },
  {
    name: 'nextAvailable',
    group: 'scheduling',
    description: "Next free appointment with the patient's physician",
    example: 'Tuesday, November 25 at 9:40 AM',
  },
  { name: 'today', group: 'date', description: "Today's date in the practice's time zone", example: 'November 24, 2025' },
] as const satisfies readonly PlaceholderDefinition[];

export type PlaceholderName = (typeof PLACEHOLDERS)[number]['name'];

export const PLACEHOLDER_NAMES: readonly PlaceholderName[] = PLACEHOLDERS.map((p) => p.name);

export function isPlaceholderName(name: string): name is PlaceholderName {
  return (PLACEHOLDER_NAMES as readonly string[]).includes(name);
}

/** The text an editor inserts for a placeholder: `{{patient.firstName}}`. */
export function placeholderToken(name: PlaceholderName): string {
  return `{{${name}}}`;
}

/**
 * Where each placeholder's value comes from. A Record, so adding a name to PLACEHOLDERS without a
 * resolver is a compile error rather than a placeholder that is always "missing".
 */
export const PLACEHOLDER_RESOLVERS: Record<PlaceholderName, (context: TemplateContext) => TemplateValue> = {
  'patient.firstName': (c) => c.patient?.firstName,
  'patient.lastName': (c) => c.patient?.lastName,
  // Derived when not given; a patient with a single name still gets that name.
  'patient.fullName': (c) =>
    present(c.patient?.fullName) ??
    ([present(c.patient?.firstName), present(c.patient?.lastName)].filter(Boolean).join(' ') || null),
  'physician.name': (c) => c.physician?.name,
  'physician.lastName': (c) => c.physician?.lastName,
  'practice.name': (c) => c.practice?.name,
  'practice.phone': (c) => c.practice?.phone,
  'practice.portalUrl': (c) => c.practice?.portalUrl,
  'staff.name': (c) => c.staff?.name,
  'staff.role': (c) => {
    const role = present(c.staff?.role);
    return role === null ? null : staffTitle(role);
  },
  nextAvailable: (c) => c.nextAvailable,
  today: (c) => c.today,
};

/** A context filled with every example value: what the editor previews before a patient is chosen. */
export const EXAMPLE_CONTEXT: TemplateContext = {
  patient: { firstName: 'Maria', lastName: 'González', fullName: 'Maria González' },
  physician: { name: 'Dr. Ana Ruiz', lastName: 'Ruiz' },
  practice: {
    name: 'Riverside Family Medicine',
    phone: '(555) 010-2000',
    portalUrl: 'https://portal.riversidefm.example',
  },
  staff: { name: 'Sam Lee', role: 'medical_assistant' },
  nextAvailable: 'Tuesday, November 25 at 9:40 AM',
  today: 'November 24, 2025',
};

/** The trimmed value, or null when absent or blank ("Dear ," is as bad as "Dear undefined,"). */
export function present(value: TemplateValue): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** A date as templates show it ("November 24, 2025"), in the practice's IANA time zone. */
export function formatTemplateDate(date: Date, timeZone: string, locale = 'en-US'): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(date);
}
