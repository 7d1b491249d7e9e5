import type { DataSource } from 'typeorm';
import { PatientEntity } from '../patients/patient.entity';
import { PracticeEntity } from '../practices/practice.entity';
import { StaffUserEntity } from '../staff/staff-user.entity';

export interface PracticeFixture {
  practice: PracticeEntity;
  physician: StaffUserEntity;
  patients: PatientEntity[];
}

/** A small practice: one physician and a few patients with predictable MRNs (MRN-1 …). */
export async function createPracticeFixture(db: DataSource, patientCount = 3, maxMessageLength = 2000): Promise<PracticeFixture> {
  const practice = await db.getRepository(PracticeEntity).save({ name: 'Test Practice', timezone: 'America/New_York', maxMessageLength });
  const physician = await db.getRepository(StaffUserEntity).save({
    practiceId: practice.id,
    email: `doc-${practice.id}@test.example`,
    displayName: 'Dr. Test',
    role: 'physician',
  });
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
  return { practice, physician, patients };
}
