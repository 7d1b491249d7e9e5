import type { EncounterKind } from '@carequeue/measures';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A visit imported from the EHR. Written by the import's bulk upserts; read by the measures SQL. */
@Entity({ name: 'encounter' })
export class EncounterEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId!: string;

  /** The EHR's encounter id: unique per practice, which makes a re-import an update. */
  @Column({ name: 'external_id', type: 'text' })
  externalId!: string;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId!: string;

  /** The EP: a staff user imported as a provider. */
  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  /** Practice-local date of the visit (YYYY-MM-DD). */
  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'text' })
  kind!: EncounterKind;

  /** When the visit's information became available to the EP: the online-access clocks start here. */
  @Column({ name: 'info_available_at', type: 'timestamptz' })
  infoAvailableAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
