import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { StaffRole } from '@carequeue/contracts';
import { DEMO_PROVIDERS, demoEngagement, demoMessage, demoPatient, seededRandom, pick } from '@carequeue/demo-data';
import { localDateOf } from '@carequeue/measures';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ImportService } from '../engagement/import.service';
import { IntakeService } from '../messages/intake.service';
import { PatientEntity } from '../patients/patient.entity';
import { PracticeEntity } from '../practices/practice.entity';
import { PracticeService } from '../practices/practice.service';
import { StaffUserEntity } from '../staff/staff-user.entity';
import { DEMO_PRACTICE_NAME } from './demo-practice';
import { ReplyTemplateEntity } from '../templates/reply-template.entity';
import { IntakeMessageDto } from '../messages/dto/intake-message.dto';

const PATIENTS = 500;
const MESSAGES = 36;

const STAFF: { name: string; email: string; role: StaffRole }[] = [
  { name: 'Dr. Ana Ruiz', email: 'ana.ruiz@riverside.example', role: 'physician' },
  { name: 'Dr. Ben Okafor', email: 'ben.okafor@riverside.example', role: 'physician' },
  { name: 'Dr. Claire Chen', email: 'claire.chen@riverside.example', role: 'physician' },
  { name: 'Dana Patel', email: 'dana.patel@riverside.example', role: 'medical_assistant' },
  { name: 'Eli Novak', email: 'eli.novak@riverside.example', role: 'medical_assistant' },
  { name: 'Fay Mensah', email: 'fay.mensah@riverside.example', role: 'medical_assistant' },
  { name: 'Gus Silva', email: 'gus.silva@riverside.example', role: 'medical_assistant' },
  { name: 'Hana Kim, RN', email: 'hana.kim@riverside.example', role: 'nurse' },
  { name: 'Ivan Lopez', email: 'ivan.lopez@riverside.example', role: 'billing' },
  { name: 'Jo Admin', email: 'admin@riverside.example', role: 'admin' },
];

const DEMO_TEMPLATES = [
  {
    name: 'Refill sent',
    category: 'medication_refill' as const,
    roles: [],
    shortcut: 'alt+1',
    body: 'Hi {{patient.firstName}}, your refill has been sent to your pharmacy. It is usually ready within 24 hours. Call us at {{practice.phone}} if there is a problem.',
  },
  {
    name: 'Appointment: please call',
    category: 'appointment' as const,
    roles: [],
    shortcut: 'alt+2',
    body: 'Hi {{patient.firstName}}, we would be glad to see you. Please call {{practice.phone}} so we can find a time that suits you.',
  },
  {
    name: 'Normal results',
    category: 'test_results' as const,
    roles: ['physician' as const],
    shortcut: 'alt+3',
    body: 'Hi {{patient.firstName}}, I reviewed your recent results and they are within the normal range. No changes are needed. — {{physician.name}}',
  },
  {
    name: 'Billing: we will check',
    category: 'billing' as const,
    roles: ['billing' as const],
    shortcut: 'alt+4',
    body: 'Hi {{patient.firstName}}, thank you for letting us know. We are reviewing your account and will reply within two business days.',
  },
];

/** Prints progress as one updating line on a terminal, or a few plain lines in a log. */
function progress(label: string, total: number): (done: number) => void {
  const tty = process.stdout.isTTY;
  let lastQuarter = -1;
  return (done) => {
    if (tty) {
      process.stdout.write(`\r  seeding ${label}: ${done}/${total}${done === total ? '\n' : ''}`);
      return;
    }
    const quarter = Math.floor((done / total) * 4);
    if (quarter !== lastQuarter) {
      lastQuarter = quarter;
      process.stdout.write(`  seeding ${label}: ${done}/${total}\n`);
    }
  };
}

@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly practices: PracticeService,
    private readonly intake: IntakeService,
    private readonly imports: ImportService,
  ) {}

  /** Seeds the demo practice on an empty database; does nothing otherwise. */
  async seedIfEmpty(): Promise<boolean> {
    if ((await this.db.getRepository(PracticeEntity).count()) > 0) return false;
    await this.seed();
    return true;
  }

  /** Adds the demo practice, whatever the database holds (tests seed beside their own practice). */
  async seed(): Promise<PracticeEntity> {
    const started = Date.now();
    const random = seededRandom(20261123);
    const practice = await this.db.getRepository(PracticeEntity).save({
      name: DEMO_PRACTICE_NAME,
      timezone: 'America/New_York',
      phone: '(555) 010-2000',
      maxMessageLength: 2000,
    });
    this.practices.forget();

    // Every demo user signs in with the same demo password (README); each hash has its own salt.
    const staff = await this.db.getRepository(StaffUserEntity).save(
      await Promise.all(
        STAFF.map(async (s) => ({
          practiceId: practice.id,
          displayName: s.name,
          email: s.email,
          role: s.role,
          passwordHash: await hashPassword(this.config.demoPassword),
        })),
      ),
    );
    const physicians = staff.filter((s) => s.role === 'physician');
    const providerIds = await this.linkProviders(physicians);
    await this.db.getRepository(ReplyTemplateEntity).save(
      DEMO_TEMPLATES.map((t) => ({ practiceId: practice.id, ownerId: null, channel: 'portal' as const, maxLength: null, ...t })),
    );

    const patients: Partial<PatientEntity>[] = [];
    for (let i = 0; i < PATIENTS; i++) {
      patients.push({ practiceId: practice.id, ...demoPatient(random, i), primaryPhysicianId: pick(random, physicians).id });
    }
    const showPatients = progress('patients', PATIENTS);
    const saved: PatientEntity[] = [];
    for (let i = 0; i < patients.length; i += 100) {
      saved.push(...(await this.db.getRepository(PatientEntity).save(patients.slice(i, i + 100), { chunk: 100 })));
      showPatients(saved.length);
    }

    const showMessages = progress('messages', MESSAGES);
    for (let i = 0; i < MESSAGES; i++) {
      const message = demoMessage(random);
      const hoursAgo = Math.round(random() * 72 * 10) / 10;
      const dto = Object.assign(new IntakeMessageDto(), {
        externalId: `demo-${i + 1}`,
        patientId: pick(random, saved).id,
        category: message.category,
        subject: message.subject,
        body: message.body,
        sentAt: new Date(Date.now() - hoursAgo * 3_600_000).toISOString(),
      });
      await this.intake.accept(practice, dto);
      showMessages(i + 1);
    }
    const engagement = await this.seedEngagement(practice, saved, providerIds);
    this.logger.log(
      { practiceId: practice.id, staff: staff.length, patients: saved.length, messages: MESSAGES, engagementRecords: engagement, ms: Date.now() - started },
      'demo practice seeded',
    );
    return practice;
  }

  /**
   * The demo physicians are the EHR's providers (the import links staff users by `external_id`), so
   * their visits, and the portal messages of their patients, count in the engagement measures.
   */
  private async linkProviders(physicians: StaffUserEntity[]): Promise<Map<string, string>> {
    const providerIds = new Map<string, string>();
    for (const provider of DEMO_PROVIDERS) {
      const physician = physicians.find((p) => p.email === provider.email);
      if (!physician) continue;
      await this.db.query(`UPDATE staff_user SET external_id = $2, external_role = 'physician' WHERE id = $1`, [physician.id, provider.id]);
      providerIds.set(physician.id, provider.id);
    }
    return providerIds;
  }

  /** Six months of visits and portal events, stored through the import API's own service. */
  private async seedEngagement(practice: PracticeEntity, patients: PatientEntity[], providerIds: Map<string, string>): Promise<number> {
    const records = demoEngagement({
      today: localDateOf(Date.now(), practice.timezone),
      patients: patients.flatMap((p) => {
        const providerId = p.primaryPhysicianId ? providerIds.get(p.primaryPhysicianId) : undefined;
        return providerId ? [{ mrn: p.mrn, birthDate: p.birthDate, providerId }] : [];
      }),
    });
    await this.imports.import(practice.id, records, { type: 'system', id: null });
    progress('visits and portal events', records.length)(records.length);
    return records.length;
  }
}
