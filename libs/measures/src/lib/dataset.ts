/**
 * The input of the reference implementation: the same records the API's import endpoint accepts
 * (issue 5), plus the secure messages CareQueue already holds, flattened to what the measures need.
 *
 * Conventions, shared with the SQL implementation:
 * - `IsoDate` is a calendar date `YYYY-MM-DD` with no time zone; encounter dates and birth dates
 *   are already practice-local.
 * - `IsoInstant` is an ISO 8601 instant WITH an offset or `Z` (e.g. `2024-03-04T15:30:00Z`). An
 *   instant without an offset is rejected, because it would mean different moments on the server
 *   and in the database.
 */

/** `YYYY-MM-DD`, practice-local calendar date. */
export type IsoDate = string;
/** ISO 8601 instant with an explicit offset or `Z`. */
export type IsoInstant = string;

/** An eligible professional (EP): a physician or another billing provider. */
export interface Provider {
  id: string;
  name: string;
  /** Free text from the EHR (e.g. "physician", "nurse practitioner"); every provider is an EP. */
  role: string;
}

export interface Patient {
  id: string;
  birthDate: IsoDate;
  primaryProviderId?: string | null;
  name?: string;
}

export const ENCOUNTER_KINDS = ['office_visit', 'other'] as const;
export type EncounterKind = (typeof ENCOUNTER_KINDS)[number];

export interface Encounter {
  id: string;
  patientId: string;
  providerId: string;
  /** Practice-local date of the visit. */
  date: IsoDate;
  kind: EncounterKind;
  /** When the encounter's information became available to the EP (note signed, result received). */
  infoAvailableAt: IsoInstant;
}

/** The moment the patient could see information online (portal access). */
export interface AccessGranted {
  patientId: string;
  /** When set, the grant covers that encounter only; when absent, all of the patient's information. */
  encounterId?: string | null;
  at: IsoInstant;
}

export const PORTAL_ACTIONS = ['view', 'download', 'transmit'] as const;
export type PortalAction = (typeof PORTAL_ACTIONS)[number];

export interface PortalActivity {
  patientId: string;
  action: PortalAction;
  at: IsoInstant;
}

/** A clinical summary handed to the patient for one visit. */
export interface SummaryProvided {
  encounterId: string;
  at: IsoInstant;
}

export interface EducationProvided {
  patientId: string;
  /** The EP who gave (or whose EHR identified) the resource; the numerator is attributed to them. */
  providerId: string;
  at: IsoInstant;
}

/** A preventive or follow-up reminder, sent through the channel the patient prefers. */
export interface ReminderSent {
  patientId: string;
  at: IsoInstant;
}

/** A patient asked for an electronic copy of their health information. */
export interface CopyRequested {
  patientId: string;
  at: IsoInstant;
}

/** An electronic copy of health information was given to the patient. */
export interface CopyProvided {
  patientId: string;
  at: IsoInstant;
}

export const MESSAGE_DIRECTIONS = ['from_patient', 'to_patient'] as const;
export type MessageDirection = (typeof MESSAGE_DIRECTIONS)[number];

/**
 * One secure portal message. A staff reply in a thread the patient started is `to_patient`.
 */
export interface SecureMessage {
  id?: string;
  patientId: string;
  /**
   * The EP whose team handled the message: the thread's assigned physician, else the patient's
   * primary provider. The API resolves this before calling the measures; null means no EP, so the
   * message counts for nobody.
   */
  providerId?: string | null;
  direction: MessageDirection;
  at: IsoInstant;
}

export interface Dataset {
  providers: readonly Provider[];
  patients: readonly Patient[];
  encounters: readonly Encounter[];
  accessGranted: readonly AccessGranted[];
  portalActivity: readonly PortalActivity[];
  summaryProvided: readonly SummaryProvided[];
  educationProvided: readonly EducationProvided[];
  reminderSent: readonly ReminderSent[];
  copyRequested: readonly CopyRequested[];
  copyProvided: readonly CopyProvided[];
  secureMessages: readonly SecureMessage[];
}

/** A dataset with every collection empty, to spread partial test data into. */
export function emptyDataset(): Dataset {
  return {
    providers: [],
    patients: [],
    encounters: [],
    accessGranted: [],
    portalActivity: [],
    summaryProvided: [],
    educationProvided: [],
    reminderSent: [],
    copyRequested: [],
    copyProvided: [],
    secureMessages: [],
  };
}
