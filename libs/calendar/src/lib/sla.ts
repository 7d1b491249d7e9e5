import { addBusinessMinutes, businessDayMinutes, type PracticeCalendar } from './business-hours';

export type SlaPriority = 'urgent' | 'high' | 'routine';

/**
 * How long each priority may wait. Urgent is wall-clock (an emergency does not wait for
 * opening time: the practice's on-call answers); the others count opening hours only.
 */
export interface SlaPolicy {
  urgentMinutes: number;
  highBusinessDays: number;
  routineBusinessDays: number;
}

export const DEFAULT_SLA: SlaPolicy = { urgentMinutes: 60, highBusinessDays: 1, routineBusinessDays: 3 };

export function dueAt(priority: SlaPriority, receivedAt: Date, calendar: PracticeCalendar, policy: SlaPolicy = DEFAULT_SLA): Date {
  if (priority === 'urgent') return new Date(receivedAt.getTime() + policy.urgentMinutes * 60_000);
  const days = priority === 'high' ? policy.highBusinessDays : policy.routineBusinessDays;
  return addBusinessMinutes(receivedAt, days * businessDayMinutes(calendar), calendar);
}

/** An explicit SLA in hours (a routing rule's), counted in opening hours like the defaults. */
export function dueAfterBusinessHours(receivedAt: Date, hours: number, calendar: PracticeCalendar): Date {
  return addBusinessMinutes(receivedAt, hours * 60, calendar);
}
