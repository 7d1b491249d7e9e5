import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'practice' })
export class PracticeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** IANA time zone: business hours, SLA clocks and measure periods are practice-local. */
  @Column({ type: 'text', default: 'America/New_York' })
  timezone!: string;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  /** Upper bound of a patient message body, in user-perceived characters. */
  @Column({ name: 'max_message_length', type: 'integer', default: 2000 })
  maxMessageLength!: number;

  /** Where patients sign in; goes into notifications and the {{practice.portalUrl}} placeholder. */
  @Column({ name: 'portal_url', type: 'text', nullable: true })
  portalUrl!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
