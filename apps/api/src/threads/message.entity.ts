import type { MessageAuthor, MessageCategory, StaffRole } from '@carequeue/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'message' })
export class MessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId!: string;

  @Index()
  @Column({ name: 'thread_id', type: 'uuid' })
  threadId!: string;

  /** The portal's id: unique per practice, which makes intake idempotent. */
  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId!: string | null;

  /** SHA-256 of the request, to tell a retry from a different message reusing an id. */
  @Column({ name: 'request_hash', type: 'text', nullable: true })
  requestHash!: string | null;

  @Column({ type: 'text' })
  author!: MessageAuthor;

  @Column({ name: 'author_staff_id', type: 'uuid', nullable: true })
  authorStaffId!: string | null;

  /** The sender's role when it was sent (roles change; the signature must not). */
  @Column({ name: 'author_role', type: 'text', nullable: true })
  authorRole!: StaffRole | null;

  /** A staff-only note (re-route, escalation): never shown or sent to the patient. */
  @Column({ type: 'boolean', default: false })
  internal!: boolean;

  @Column({ name: 'template_id', type: 'uuid', nullable: true })
  templateId!: string | null;

  @Column({ type: 'text', nullable: true })
  category!: MessageCategory | null;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt!: Date;

  @Column({ name: 'triaged_at', type: 'timestamptz', nullable: true })
  triagedAt!: Date | null;

  /** When the patient was told a staff reply is waiting (the notification job succeeded). */
  @Column({ name: 'notified_at', type: 'timestamptz', nullable: true })
  notifiedAt!: Date | null;

  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;
}
