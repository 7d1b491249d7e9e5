/**
 * A terse builder for hand-built test datasets. `visit` creates the provider and patient it names
 * when they do not exist yet (born 1980-01-01, no primary provider), so tests state only what
 * matters to them.
 */
import type {
  Dataset,
  EncounterKind,
  IsoDate,
  IsoInstant,
  MessageDirection,
  Patient,
  PortalAction,
  Provider,
} from '../lib/dataset';
import { emptyDataset } from '../lib/dataset';

type Mutable<T> = {
  -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K];
};

export interface VisitExtras {
  kind?: EncounterKind;
  /** Defaults to 17:00 UTC on the visit date (noon in New York in winter). */
  infoAvailableAt?: IsoInstant;
}

export class DatasetBuilder {
  private readonly data: Mutable<Dataset> = emptyDataset() as Mutable<Dataset>;

  provider(id: string, name = `Dr ${id}`, role = 'physician'): this {
    if (!this.data.providers.some((p) => p.id === id))
      this.data.providers.push({ id, name, role } satisfies Provider);
    return this;
  }

  patient(
    id: string,
    birthDate: IsoDate = '1980-01-01',
    primaryProviderId?: string,
  ): this {
    const patient: Patient = { id, birthDate, primaryProviderId };
    const index = this.data.patients.findIndex((p) => p.id === id);
    if (index >= 0) this.data.patients[index] = patient;
    else this.data.patients.push(patient);
    return this;
  }

  visit(
    id: string,
    patientId: string,
    providerId: string,
    date: IsoDate,
    extras: VisitExtras = {},
  ): this {
    this.provider(providerId);
    if (!this.data.patients.some((p) => p.id === patientId))
      this.patient(patientId);
    this.data.encounters.push({
      id,
      patientId,
      providerId,
      date,
      kind: extras.kind ?? 'office_visit',
      infoAvailableAt: extras.infoAvailableAt ?? `${date}T17:00:00Z`,
    });
    return this;
  }

  grant(patientId: string, at: IsoInstant, encounterId?: string): this {
    this.data.accessGranted.push({ patientId, at, encounterId });
    return this;
  }

  activity(
    patientId: string,
    at: IsoInstant,
    action: PortalAction = 'view',
  ): this {
    this.data.portalActivity.push({ patientId, action, at });
    return this;
  }

  summary(encounterId: string, at: IsoInstant): this {
    this.data.summaryProvided.push({ encounterId, at });
    return this;
  }

  education(patientId: string, providerId: string, at: IsoInstant): this {
    this.data.educationProvided.push({ patientId, providerId, at });
    return this;
  }

  reminder(patientId: string, at: IsoInstant): this {
    this.data.reminderSent.push({ patientId, at });
    return this;
  }

  copyRequest(patientId: string, at: IsoInstant): this {
    this.data.copyRequested.push({ patientId, at });
    return this;
  }

  copyGiven(patientId: string, at: IsoInstant): this {
    this.data.copyProvided.push({ patientId, at });
    return this;
  }

  message(
    patientId: string,
    providerId: string | null,
    direction: MessageDirection,
    at: IsoInstant,
  ): this {
    this.data.secureMessages.push({ patientId, providerId, direction, at });
    return this;
  }

  build(): Dataset {
    return structuredClone(this.data);
  }
}
