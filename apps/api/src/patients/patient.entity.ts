import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'patient' })
@Index(['practiceId', 'mrn'], { unique: true })
export class PatientEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId!: string;

  /** The practice's medical record number, as the portal knows the patient. */
  @Column({ type: 'text' })
  mrn!: string;

  @Column({ name: 'first_name', type: 'text' })
  firstName!: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName!: string;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate!: string;

  @Index()
  @Column({ name: 'primary_physician_id', type: 'uuid', nullable: true })
  primaryPhysicianId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
