import type { PortalAction } from '@carequeue/measures';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const ENGAGEMENT_EVENT_TYPES = [
  'access_granted',
  'portal_activity',
  'summary_provided',
  'education_provided',
  'reminder_sent',
  'copy_requested',
  'copy_provided',
] as const;
export type EngagementEventType = (typeof ENGAGEMENT_EVENT_TYPES)[number];

/**
 * One imported portal or EHR event. Events have no id of their own: the whole record (type,
 * patient, encounter, provider, action, instant) is unique, so importing it twice stores it once.
 */
@Entity({ name: 'engagement_event' })
export class EngagementEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId!: string;

  @Column({ type: 'text' })
  type!: EngagementEventType;

  /** Null only for summary_provided, which belongs to its encounter. */
  @Column({ name: 'patient_id', type: 'uuid', nullable: true })
  patientId!: string | null;

  @Column({ name: 'encounter_id', type: 'uuid', nullable: true })
  encounterId!: string | null;

  /** Set for education_provided: the EP the numerator is attributed to. */
  @Column({ name: 'provider_id', type: 'uuid', nullable: true })
  providerId!: string | null;

  @Column({ type: 'text', nullable: true })
  action!: PortalAction | null;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
