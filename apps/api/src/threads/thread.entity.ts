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
import { StaffUserEntity } from '../staff/staff-user.entity';

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

  /** Who is working the thread now (distinct from `assigneeId`, whose queue routing put it in). */
  @Column({ name: 'claimed_by', type: 'uuid', nullable: true })
  claimedBy!: string | null;

  @ManyToOne(() => StaffUserEntity)
  @JoinColumn({ name: 'claimed_by' })
  claimer?: StaffUserEntity | null;

  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true })
  claimedAt!: Date | null;

  /** A claim lapses after inactivity, so a thread is never stuck with someone who went home. */
  @Column({ name: 'claim_expires_at', type: 'timestamptz', nullable: true })
  claimExpiresAt!: Date | null;

  /** Escalated to the physician by an assistant or nurse, with a note shown above the message. */
  @Column({ type: 'boolean', default: false })
  escalated!: boolean;

  @Column({ name: 'escalation_note', type: 'text', nullable: true })
  escalationNote!: string | null;

  /** The routing-rules version the triage decision used. */
  @Column({ name: 'routing_rules_version', type: 'integer', nullable: true })
  routingRulesVersion!: number | null;

  /** The triage engine's whole decision (matched phrases with positions, confidence, parts). */
  @Column({ name: 'routing_decision', type: 'jsonb', nullable: true })
  routingDecision!: Record<string, unknown> | null;

  /** When the SLA escalation fired for this thread, if it did. */
  @Column({ name: 'overdue_at', type: 'timestamptz', nullable: true })
  overdueAt!: Date | null;

  /** First staff reply: the start of "time to first response". */
  @Column({ name: 'first_response_at', type: 'timestamptz', nullable: true })
  firstResponseAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** Optimistic concurrency: every update bumps it, and claims compare it. */
  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
