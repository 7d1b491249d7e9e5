import { ageInYears, localParts } from '@carequeue/calendar';
import type { TriageEngineContext } from '@carequeue/triage';
import type { EntityManager } from 'typeorm';
import type { PatientEntity } from '../patients/patient.entity';
import type { PracticeEntity } from '../practices/practice.entity';
import { StaffUserEntity } from '../staff/staff-user.entity';

/**
 * What the engine may know about a message's surroundings: the patient's age and physician,
 * who is out of the office (and who covers), and the practice-local hour. The worker and the
 * preview API build it the same way, so a preview shows what the worker will do.
 */
export async function triageContext(
  manager: EntityManager,
  practice: PracticeEntity,
  patient: PatientEntity | null,
  at = new Date(),
): Promise<TriageEngineContext> {
  const physicians = await manager.find(StaffUserEntity, { where: { practiceId: practice.id, role: 'physician', active: true } });
  return {
    patient: patient
      ? { ageYears: ageInYears(patient.birthDate, at, practice.timezone), primaryPhysicianId: patient.primaryPhysicianId }
      : undefined,
    physicians: physicians.map((p) => ({ id: p.id, name: p.displayName, outOfOffice: p.outOfOffice, coveringPhysicianId: p.coveringPhysicianId })),
    localHour: localParts(at, practice.timezone).hour,
  };
}
