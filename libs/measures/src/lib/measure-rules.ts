/**
 * One function per rule kind of the catalogue: who is in an EP's denominator, and which of them are
 * in the numerator. The numerator is always computed as a filter over the denominator, so
 * numerator ⊆ denominator holds by construction. Each function is meant to map to one SQL fragment.
 */
import type { Deadline } from './business-days';
import { isStampTimely, isWithinBusinessDays } from './business-days';
import { addMonths, ageOn } from './calendar-dates';
import type { EngineContext, IndexedVisit } from './engine-context';
import type { DenominatorRule, NumeratorRule } from './measure-types';

/** Denominator ids for one EP: patient ids, or encounter ids for the `office_visits` rule. */
export function denominatorIds(
  ctx: EngineContext,
  rule: DenominatorRule,
  providerId: string,
): string[] {
  switch (rule.kind) {
    case 'patients_seen':
      return [...(ctx.visitsInPeriod.get(providerId)?.keys() ?? [])];
    case 'office_visits':
      return [...(ctx.visitsInPeriod.get(providerId)?.values() ?? [])]
        .flat()
        .map((v) => v.id);
    case 'copy_requesters':
      return patientsOf(ctx, providerId).filter((id) =>
        ctx.copyRequestsInPeriod.has(id),
      );
    case 'patients_by_age':
      return patientsOf(ctx, providerId).filter((id) =>
        inAgeBand(ctx, id, rule.atLeast, rule.atMost),
      );
    case 'repeat_visit_patients':
      return repeatVisitPatients(
        ctx,
        providerId,
        rule.minVisits,
        rule.lookbackMonths,
      );
  }
}

/** A predicate over denominator ids of one EP. */
export function numeratorTest(
  ctx: EngineContext,
  rule: NumeratorRule,
  providerId: string,
): (id: string) => boolean {
  switch (rule.kind) {
    case 'copy_provided':
      return (patientId) => everyCopyRequestMet(ctx, patientId, rule.within);
    case 'summary_provided':
      return (encounterId) =>
        summaryInTime(ctx, encounterId, providerId, rule.within.days);
    case 'access_granted':
      return (patientId) =>
        everyVisitAccessible(ctx, providerId, patientId, rule.within);
    case 'reminder_sent':
      return (patientId) => ctx.remindedInPeriod.has(patientId);
    case 'education_provided':
      return (patientId) =>
        ctx.educatedInPeriod.get(providerId)?.has(patientId) ?? false;
    case 'portal_activity':
      return (patientId) => ctx.portalActiveInPeriod.has(patientId);
    case 'secure_message':
      return (patientId) =>
        ctx.messagedInPeriod[rule.direction].get(providerId)?.has(patientId) ??
        false;
  }
}

function patientsOf(ctx: EngineContext, providerId: string): string[] {
  return [...(ctx.patientsOfProvider.get(providerId) ?? [])];
}

/** Age in completed years on the period's first day; unborn patients (birth after `from`) are out. */
function inAgeBand(
  ctx: EngineContext,
  patientId: string,
  atLeast: number,
  atMost: number,
): boolean {
  const patient = ctx.patients.get(patientId);
  if (!patient || patient.birthDate > ctx.from) return false;
  const age = ageOn(patient.birthDate, ctx.from);
  return age >= atLeast || age <= atMost;
}

/**
 * Patients with at least `minVisits` office visits (encounters, so two on one day count twice)
 * with the EP dated on or after `from` minus `lookbackMonths` and strictly before `from`.
 */
function repeatVisitPatients(
  ctx: EngineContext,
  providerId: string,
  minVisits: number,
  lookbackMonths: number,
): string[] {
  const windowStart = addMonths(ctx.from, -lookbackMonths);
  const counts = new Map<string, number>();
  for (const v of ctx.officeVisits) {
    if (
      v.providerId === providerId &&
      windowStart <= v.date &&
      v.date < ctx.from
    ) {
      counts.set(v.patientId, (counts.get(v.patientId) ?? 0) + 1);
    }
  }
  return [...counts].filter(([, n]) => n >= minVisits).map(([id]) => id);
}

/**
 * Every copy request of the patient in the period is met: some copy was provided at or after the
 * request instant and within the deadline. One copy may meet several requests. The copy itself may
 * fall after the period's end.
 */
function everyCopyRequestMet(
  ctx: EngineContext,
  patientId: string,
  within: Deadline,
): boolean {
  const requests = ctx.copyRequestsInPeriod.get(patientId) ?? [];
  const copies = ctx.copiesByPatient.get(patientId) ?? [];
  return (
    requests.length > 0 &&
    requests.every((r) =>
      copies.some(
        (c) => c.ms >= r.ms && isStampTimely(r, c, within, ctx.calendar),
      ),
    )
  );
}

/**
 * The visit's summary (linked by encounter id) was provided by the end of the Nth business day
 * after the visit date. No lower bound: the record is tied to the visit by its id.
 */
function summaryInTime(
  ctx: EngineContext,
  encounterId: string,
  providerId: string,
  days: number,
): boolean {
  const visit = ctx.visitInPeriodById.get(encounterId);
  if (!visit || visit.providerId !== providerId) return false;
  return (ctx.summariesByEncounter.get(encounterId) ?? []).some((s) =>
    isWithinBusinessDays(visit.date, s.day, days, ctx.calendar),
  );
}

/**
 * Every office visit of the patient with this EP in the period was visible online in time: some
 * grant for that encounter, or a patient-wide grant (no encounterId), is within the deadline of the
 * visit's infoAvailableAt. There is no lower bound: a grant before the information existed (the
 * patient already had portal access) is timely.
 */
function everyVisitAccessible(
  ctx: EngineContext,
  providerId: string,
  patientId: string,
  within: Deadline,
): boolean {
  const visits: IndexedVisit[] =
    ctx.visitsInPeriod.get(providerId)?.get(patientId) ?? [];
  const grants = ctx.grantsByPatient.get(patientId) ?? [];
  return (
    visits.length > 0 &&
    visits.every((v) =>
      grants.some(
        (g) =>
          (g.encounterId === null || g.encounterId === v.id) &&
          isStampTimely(v.infoAvailable, g, within, ctx.calendar),
      ),
    )
  );
}
