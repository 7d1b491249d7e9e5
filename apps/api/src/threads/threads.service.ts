import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ageInYears } from '@carequeue/calendar';
import { canReadThread, POOLS, type Page, type PatientContext, type Pool, type StaffRole, type ThreadDetail, type ThreadSummary } from '@carequeue/contracts';
import { In, Not, type Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { PracticeEntity } from '../practices/practice.entity';
import { StaffUserEntity } from '../staff/staff-user.entity';
import type { ListThreadsQuery } from './dto/list-threads.query';
import { MessageEntity } from './message.entity';
import { toThreadDetail, toThreadSummary } from './thread.mapper';
import { ThreadEntity } from './thread.entity';

/** Queue order: urgent first, then priority, then the nearest due time, then the newest. */
const PRIORITY_RANK = `CASE thread.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 ELSE 2 END`;

@Injectable()
export class ThreadsService {
  constructor(
    @InjectRepository(ThreadEntity) private readonly threads: Repository<ThreadEntity>,
    @InjectRepository(MessageEntity) private readonly messages: Repository<MessageEntity>,
    @InjectRepository(StaffUserEntity) private readonly staff: Repository<StaffUserEntity>,
    private readonly audit: AuditService,
  ) {}

  /** `pools`: the pools the reader may see; a partial list also hides threads not yet routed. */
  async list(practiceId: string, query: ListThreadsQuery, pools: readonly Pool[] = POOLS, readerId?: string): Promise<Page<ThreadSummary>> {
    const qb = this.threads
      .createQueryBuilder('thread')
      .leftJoinAndSelect('thread.patient', 'patient')
      .leftJoinAndSelect('thread.claimer', 'claimer')
      .where('thread.practice_id = :practiceId', { practiceId });
    if (pools.length < POOLS.length) qb.andWhere('thread.pool IN (:...pools)', { pools: [...pools] });
    if (query.status) qb.andWhere('thread.status = :status', { status: query.status });
    if (query.pool) qb.andWhere('thread.pool = :pool', { pool: query.pool });
    if (query.category) qb.andWhere('thread.category = :category', { category: query.category });
    if (query.priority) qb.andWhere('thread.priority = :priority', { priority: query.priority });
    if (query.overdue) qb.andWhere(`thread.due_at < now() AND thread.first_response_at IS NULL AND thread.status <> 'closed'`);
    if (query.mine && readerId) qb.andWhere('(thread.claimed_by = :reader OR thread.assignee_id = :reader)', { reader: readerId });
    // Patient and claimer are many-to-one joins, so rows never multiply and plain LIMIT/OFFSET pages correctly.
    qb.addSelect(PRIORITY_RANK, 'priority_rank')
      .orderBy('thread.urgent', 'DESC')
      .addOrderBy('priority_rank', 'ASC')
      .addOrderBy('thread.due_at', 'ASC', 'NULLS LAST')
      .addOrderBy('thread.last_message_at', 'DESC')
      .addOrderBy('thread.id', 'ASC')
      .offset(query.offset)
      .limit(query.limit);
    const [rows, total] = await qb.getManyAndCount();
    return { items: rows.map(toThreadSummary), total, limit: query.limit, offset: query.offset };
  }

  /**
   * The physician's batch: open threads in the physician pool that are theirs (or nobody's),
   * urgent first, then by due time. Routine requests (refills, scheduling, forms) come only
   * when an assistant escalated them: physicians should not see what assistants can answer.
   */
  async batch(practiceId: string, physicianId: string): Promise<ThreadSummary[]> {
    const rows = await this.threads
      .createQueryBuilder('thread')
      .leftJoinAndSelect('thread.patient', 'patient')
      .leftJoinAndSelect('thread.claimer', 'claimer')
      .where('thread.practice_id = :practiceId', { practiceId })
      .andWhere(`thread.pool = 'physician' AND thread.status IN ('triaged', 'claimed')`)
      .andWhere('(thread.assignee_id = :me OR thread.assignee_id IS NULL)', { me: physicianId })
      .andWhere('(thread.claimed_by IS NULL OR thread.claimed_by = :me OR thread.claim_expires_at < now())', { me: physicianId })
      .andWhere(`(thread.escalated OR thread.urgent OR thread.category NOT IN ('medication_refill', 'appointment', 'records_forms'))`)
      .addSelect(PRIORITY_RANK, 'priority_rank')
      .orderBy('thread.urgent', 'DESC')
      .addOrderBy('priority_rank', 'ASC')
      .addOrderBy('thread.due_at', 'ASC', 'NULLS LAST')
      .addOrderBy('thread.created_at', 'ASC')
      .limit(100)
      .getMany();
    return rows.map(toThreadSummary);
  }

  async summary(threadId: string): Promise<ThreadSummary> {
    return toThreadSummary(await this.load(threadId));
  }

  /** A read of a whole thread is recorded in the audit trail, with who read it. */
  async detail(reader: { userId: string; practiceId: string; role: StaffRole }, threadId: string): Promise<ThreadDetail> {
    const thread = await this.load(threadId);
    if (thread.practiceId !== reader.practiceId) throw new NotFoundException(`thread ${threadId} not found`);
    if (!canReadThread(reader.role, thread.pool)) {
      await this.audit.record({ actorType: 'staff', actorId: reader.userId, action: 'thread.read_denied', threadId });
      throw new ForbiddenException(`the ${reader.role} role cannot read threads of this pool`);
    }
    const messages = await this.messages.find({ where: { threadId }, order: { sentAt: 'ASC', receivedAt: 'ASC' } });
    const staffIds = [...new Set(messages.map((m) => m.authorStaffId).filter((id): id is string => !!id))];
    const staff = staffIds.length ? await this.staff.findBy({ id: In(staffIds) }) : [];
    await this.audit.record({ actorType: 'staff', actorId: reader.userId, action: 'thread.read', threadId });
    return toThreadDetail(thread, messages, new Map(staff.map((s) => [s.id, s])), await this.patientContext(thread));
  }

  private async patientContext(thread: ThreadEntity): Promise<PatientContext | null> {
    const patient = thread.patient;
    if (!patient) return null;
    const [practice, physician, recent] = await Promise.all([
      this.threads.manager.findOneByOrFail(PracticeEntity, { id: thread.practiceId }),
      patient.primaryPhysicianId ? this.staff.findOneBy({ id: patient.primaryPhysicianId }) : Promise.resolve(null),
      this.threads.find({ where: { patientId: patient.id, id: Not(thread.id) }, order: { createdAt: 'DESC' }, take: 5 }),
    ]);
    return {
      ageYears: ageInYears(patient.birthDate, new Date(), practice.timezone),
      mrn: patient.mrn,
      primaryPhysician: physician?.displayName ?? null,
      recentThreads: recent.map((r) => ({ id: r.id, subject: r.subject, status: r.status, createdAt: r.createdAt.toISOString() })),
    };
  }

  private async load(threadId: string): Promise<ThreadEntity> {
    const thread = await this.threads.findOne({ where: { id: threadId }, relations: { patient: true, claimer: true } });
    if (!thread) throw new NotFoundException(`thread ${threadId} not found`);
    return thread;
  }
}
