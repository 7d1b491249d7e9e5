import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Flat ids and codes: nothing nested, so free text has nowhere to hide. */
export type AuditDetails = Record<string, string | number | boolean | null>;

export type AuditActorType = 'portal' | 'staff' | 'system' | 'anonymous';

/**
 * One row per read or change of a thread. Holds ids and action names only: never a message
 * body or a patient's name, so the trail itself is not a second copy of the health record.
 */
@Entity({ name: 'audit_event' })
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'actor_type', type: 'text' })
  actorType!: AuditActorType;

  @Column({ name: 'actor_id', type: 'text', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Index()
  @Column({ name: 'thread_id', type: 'uuid', nullable: true })
  threadId!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  details!: AuditDetails;
}
