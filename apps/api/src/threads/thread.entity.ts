import type { MessageCategory, Pool, Priority, ThreadStatus } from '@carequeue/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { PatientEntity } from '../patients/patient.entity';

@Entity({ name: 'thread' })
@Index(['practiceId', 'status', 'pool'])
export class ThreadEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId!: string;

  @Index()
  @Column({ name: 'patient_id', type: 'uuid' })
  patientId!: string;

  @ManyToOne(() => PatientEntity)
  @JoinColumn({ name: 'patient_id' })
  patient?: PatientEntity;

  @Column({ type: 'text' })
  subject!: string;

  /** What the patient picked in the portal: a prior for triage, not the truth. */
  @Column({ name: 'requested_category', type: 'text' })
  requestedCategory!: MessageCategory;

  @Column({ type: 'text' })
  category!: MessageCategory;

  @Column({ type: 'text', default: 'new' })
  status!: ThreadStatus;

  @Column({ type: 'text', nullable: true })
  pool!: Pool | null;

  @Column({ type: 'text', default: 'routine' })
  priority!: Priority;

  @Column({ type: 'boolean', default: false })
  urgent!: boolean;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @Column({ name: 'routing_explanation', type: 'jsonb', default: () => "'[]'::jsonb" })
  routingExplanation!: string[];

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ name: 'message_count', type: 'integer', default: 0 })
  messageCount!: number;

  @Column({ name: 'last_message_at', type: 'timestamptz' })
  lastMessageAt!: Date;

  /** Optimistic concurrency: every update bumps it, and claims compare it. */
  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
