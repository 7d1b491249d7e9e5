import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** triage: route a patient message; notify: tell a patient a staff reply is waiting. */
export type OutboxTopic = 'triage' | 'notify';

/**
 * Written in the same transaction as the message it describes, so the intent to enqueue
 * work survives Redis being down; the sweeper dispatches whatever was never dispatched.
 */
@Entity({ name: 'outbox' })
export class OutboxEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  topic!: OutboxTopic;

  @Column({ name: 'message_id', type: 'uuid' })
  messageId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;
}
