import { STAFF_ROLES, type MessageCategory, type StaffRole } from '@carequeue/contracts';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password';
import { PatientEntity } from '../patients/patient.entity';
import { PracticeEntity } from '../practices/practice.entity';
import { StaffUserEntity } from '../staff/staff-user.entity';

export const FIXTURE_PASSWORD = 'fixture-password-1';

/** One realistic message per category, which the triage engine routes as labelled. */
export const SAMPLE_MESSAGES: Record<MessageCategory, { subject: string; body: string }> = {
  medication_refill: { subject: 'Refill', body: 'Please refill my lisinopril 10 mg, I have two pills left.' },
  appointment: { subject: 'Annual physical', body: 'I would like to book my annual physical next month, mornings if possible.' },
  test_results: { subject: 'Lab results', body: 'Are my cholesterol results from Monday back yet?' },
  clinical_question: { subject: 'Swollen knee', body: 'My knee is still swollen two weeks after I twisted it. Should I get an x-ray?' },
  billing: { subject: 'Bill', body: 'I think I was charged twice for my last visit.' },
  records_forms: { subject: 'School form', body: 'My son needs his school physical form signed before September.' },
  other: { subject: 'Parking', body: 'Is the parking garage open on Saturdays?' },
};

export interface PracticeFixture {
  practice: PracticeEntity;
  physician: StaffUserEntity;
  /** One signed-up staff member per role, all with FIXTURE_PASSWORD. */
  staff: Record<StaffRole, StaffUserEntity>;
  patients: PatientEntity[];
}

/** A small practice: one physician and a few patients with predictable MRNs (MRN-1 …). */
export async function createPracticeFixture(db: DataSource, patientCount = 3, maxMessageLength = 2000): Promise<PracticeFixture> {
  const practice = await db.getRepository(PracticeEntity).save({ name: 'Test Practice', timezone: 'America/New_York', maxMessageLength });
  const passwordHash = await hashPassword(FIXTURE_PASSWORD);
  const members = await db.getRepository(StaffUserEntity).save(
    STAFF_ROLES.map((role) => ({
      practiceId: practice.id,
      email: `${role}-${practice.id.slice(0, 8)}@test.example`,
      displayName: role === 'physician' ? 'Dr. Test' : `Test ${role}`,
      role,
      passwordHash,
    })),
  );
  const staff = Object.fromEntries(members.map((m) => [m.role, m])) as Record<StaffRole, StaffUserEntity>;
  const physician = staff.physician;
  const patients = await db.getRepository(PatientEntity).save(
    Array.from({ length: patientCount }, (_, i) => ({
      practiceId: practice.id,
      mrn: `MRN-${i + 1}`,
      firstName: `Pat${i + 1}`,
      lastName: 'Testperson',
      birthDate: '1970-01-01',
      primaryPhysicianId: physician.id,
    })),
  );
  return { practice, physician, staff, patients };
}
