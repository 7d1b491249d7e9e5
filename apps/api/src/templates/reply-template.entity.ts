import type { MessageCategory, StaffRole } from '@carequeue/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A reply template: practice-wide (owner null) or one person's own. */
@Entity({ name: 'reply_template' })
export class ReplyTemplateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId!: string;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId!: string | null;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  category!: MessageCategory | null;

  /** Roles that see it; empty means everyone. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles!: StaffRole[];

  @Column({ type: 'text', default: 'portal' })
  channel!: 'portal' | 'sms';

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'max_length', type: 'integer', nullable: true })
  maxLength!: number | null;

  @Column({ type: 'text', nullable: true })
  shortcut!: string | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
