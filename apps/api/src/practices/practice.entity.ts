import { DEFAULT_OPENING_HOURS, type OpeningHours, type PracticeCalendar } from '@carequeue/calendar';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Sent at once into a thread the router marks urgent; the practice may word its own. */
export const DEFAULT_SAFETY_REPLY =
  'We received your message. If this is an emergency, call 911 or go to the nearest emergency room now. ' +
  'If you are thinking about harming yourself, call or text 988. A member of our clinical team has been alerted and will contact you as soon as possible.';

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

  /** Null: Monday to Friday, 08:00 to 17:00. */
  @Column({ name: 'opening_hours', type: 'jsonb', nullable: true })
  openingHours!: OpeningHours | null;

  /** Local dates (YYYY-MM-DD) the practice is closed; SLA clocks skip them. */
  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  holidays!: string[];

  @Column({ name: 'safety_reply', type: 'text', nullable: true })
  safetyReply!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

export function practiceCalendar(practice: PracticeEntity): PracticeCalendar {
  return { timeZone: practice.timezone, hours: practice.openingHours ?? DEFAULT_OPENING_HOURS, holidays: practice.holidays ?? [] };
}
