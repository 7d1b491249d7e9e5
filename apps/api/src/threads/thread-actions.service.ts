import { ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { POOL_LABELS, POOLS, type Pool, type Priority, type ThreadStatus } from '@carequeue/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { canReadThread, canWorkThread } from '@carequeue/contracts';
import type { Principal } from '../auth/principal';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DomainEvent, type ThreadDomainEvent } from '../events/domain-events';
import { PatientEntity } from '../patients/patient.entity';
import { StaffUserEntity } from '../staff/staff-user.entity';
import { MessageEntity } from './message.entity';
import { ThreadEntity } from './thread.entity';

export type Staff = Extract<Principal, { kind: 'staff' }>;

const WORKABLE_STATUSES: ThreadStatus[] = ['triaged', 'claimed', 'waiting_for_patient'];
const RAISED: Record<Priority, Priority> = { routine: 'high', high: 'urgent', urgent: 'urgent' };

/**
 * What staff do to a thread: claim, release, re-route, escalate, wait, close. Each change is
 * audited and announced as a domain event (the realtime listener pushes it to every inbox).
 */
@Injectable()
export class ThreadActionsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  /**
   * Atomic claim: one conditional UPDATE decides, so of two people clicking at once exactly one
   * wins and the other gets a 409 naming the holder. Claiming again renews it.
   */
  async claim(staff: Staff, threadId: string): Promise<{ renewed: boolean }> {
    // For UPDATE, TypeORM's postgres driver answers [rows, affected count].
    const [rows]: [{ previous: string | null }[], number] = await this.db.query(
      `WITH before AS (SELECT claimed_by, claim_expires_at FROM thread WHERE id = $1)
       UPDATE thread SET
         status = 'claimed',
         claimed_by = $2,
         claimed_at = CASE WHEN thread.claimed_by = $2 AND thread.claim_expires_at >= now() THEN thread.claimed_at ELSE now() END,
         claim_expires_at = now() + make_interval(mins => $4),
         version = thread.version + 1,
         updated_at = now()
       WHERE thread.id = $1 AND thread.practice_id = $3
         AND thread.status = ANY($5) AND thread.pool = ANY($6)
         AND (thread.claimed_by IS NULL OR thread.claimed_by = $2 OR thread.claim_expires_at < now())
       RETURNING (SELECT CASE WHEN claim_expires_at >= now() THEN claimed_by END FROM before) AS previous`,
      [threadId, staff.userId, staff.practiceId, this.config.claimTtlMinutes, WORKABLE_STATUSES, this.workablePools(staff)],
    );
    if (rows.length === 0) await this.explainRefusal(staff, threadId);
    const renewed = rows[0]?.previous === staff.userId;
    if (!renewed) await this.changed(staff, threadId, 'thread.claimed');
    return { renewed };
  }

  async release(staff: Staff, threadId: string): Promise<void> {
    await this.withThread(staff, threadId, async (manager, thread) => {
      this.requireOwnClaim(staff, thread);
      await manager.update(ThreadEntity, { id: thread.id }, { status: 'triaged', claimedBy: null, claimedAt: null, claimExpiresAt: null });
    });
    await this.changed(staff, threadId, 'thread.released');
  }

  /** Moves the thread to another pool with a note for whoever picks it up there. */
  async reroute(staff: Staff, threadId: string, pool: Pool, note: string): Promise<void> {
    await this.withThread(staff, threadId, async (manager, thread) => {
      await this.requireFreeOrOwn(staff, thread);
      if (thread.pool === pool) throw new ConflictException(`the thread is already in the ${POOL_LABELS[pool]} pool`);
      const assigneeId = pool === 'physician' ? await this.responsiblePhysician(manager, thread.patientId) : null;
      await manager.update(ThreadEntity, { id: thread.id }, { pool, assigneeId, status: 'triaged', claimedBy: null, claimedAt: null, claimExpiresAt: null });
      await this.note(manager, staff, thread, `Re-routed from ${thread.pool ? POOL_LABELS[thread.pool] : 'triage'} to ${POOL_LABELS[pool]}: ${note}`);
    }, 'thread.rerouted', { pool });
  }

  /** Hands the thread to the patient's physician, priority raised one step, the note shown above the message. */
  async escalate(staff: Staff, threadId: string, note: string): Promise<void> {
    await this.withThread(staff, threadId, async (manager, thread) => {
      await this.requireFreeOrOwn(staff, thread);
      const assigneeId = await this.responsiblePhysician(manager, thread.patientId);
      await manager.update(
        ThreadEntity,
        { id: thread.id },
        { pool: 'physician', assigneeId, escalated: true, escalationNote: note, priority: RAISED[thread.priority], status: 'triaged', claimedBy: null, claimedAt: null, claimExpiresAt: null },
      );
      await this.note(manager, staff, thread, `Escalated to the physician: ${note}`);
    }, 'thread.escalated');
  }

  async setStatus(staff: Staff, threadId: string, status: 'waiting_for_patient' | 'closed'): Promise<void> {
    await this.withThread(staff, threadId, async (manager, thread) => {
      await this.requireFreeOrOwn(staff, thread);
      await manager.update(
        ThreadEntity,
        { id: thread.id },
        { status, claimedBy: null, claimedAt: null, claimExpiresAt: null, closedAt: status === 'closed' ? new Date() : null },
      );
    }, status === 'closed' ? 'thread.closed' : 'thread.waiting_for_patient');
  }

  manager(): EntityManager {
    return this.db.manager;
  }

  /** A patient's details read outside a thread (template previews): audited like a thread read. */
  async auditPatientRead(staff: Staff, patientId: string): Promise<void> {
    await this.audit.record({ actorType: 'staff', actorId: staff.userId, action: 'patient.read', details: { patientId, purpose: 'template_preview' } });
  }

  /** Loads and locks the thread, checks the caller may work it, runs the change, audits and announces it. */
  async withThread(
    staff: Staff,
    threadId: string,
    change: (manager: EntityManager, thread: ThreadEntity) => Promise<void>,
    action?: string,
    details: Record<string, string | number> = {},
  ): Promise<void> {
    await this.db.transaction(async (manager) => {
      const thread = await manager.findOne(ThreadEntity, { where: { id: threadId }, lock: { mode: 'pessimistic_write' } });
      this.checkAccess(staff, thread, threadId);
      if (!WORKABLE_STATUSES.includes(thread.status)) throw new ConflictException(`the thread is ${thread.status.replace(/_/g, ' ')}`);
      await change(manager, thread);
      if (action) await this.audit.record({ actorType: 'staff', actorId: staff.userId, action, threadId, details }, manager);
    });
    if (action) this.emit(threadId);
  }

  private async changed(staff: Staff, threadId: string, action: string): Promise<void> {
    await this.audit.record({ actorType: 'staff', actorId: staff.userId, action, threadId });
    this.emit(threadId);
  }

  private emit(threadId: string): void {
    this.events.emit(DomainEvent.ThreadChanged, { threadId, reason: 'staff_action' } satisfies ThreadDomainEvent);
  }

  private workablePools(staff: Staff): Pool[] {
    return POOLS.filter((p) => canWorkThread(staff.role, p));
  }

  private checkAccess(staff: Staff, thread: ThreadEntity | null, threadId: string): asserts thread is ThreadEntity {
    if (!thread || thread.practiceId !== staff.practiceId) throw new NotFoundException(`thread ${threadId} not found`);
    if (!canReadThread(staff.role, thread.pool)) throw new ForbiddenException(`the ${staff.role} role cannot read threads of this pool`);
    if (!canWorkThread(staff.role, thread.pool)) {
      throw new ForbiddenException(`the ${staff.role} role cannot work threads in the ${thread.pool ?? 'triage'} pool: re-route or escalate it instead`);
    }
  }

  private async explainRefusal(staff: Staff, threadId: string): Promise<never> {
    const thread = await this.db.getRepository(ThreadEntity).findOneBy({ id: threadId });
    this.checkAccess(staff, thread, threadId);
    if (!WORKABLE_STATUSES.includes(thread.status)) throw new ConflictException(`the thread is ${thread.status.replace(/_/g, ' ')}`);
    return this.claimedByOther(thread);
  }

  /** 409 naming who holds the claim, so the second person sees at once who is on it. */
  private async claimedByOther(thread: ThreadEntity): Promise<never> {
    const holder = thread.claimedBy ? await this.db.getRepository(StaffUserEntity).findOneBy({ id: thread.claimedBy }) : null;
    throw new ConflictException({
      statusCode: 409,
      error: 'Conflict',
      message: `${holder?.displayName ?? 'someone else'} is working on this thread`,
      claimedBy: holder ? { id: holder.id, name: holder.displayName, role: holder.role } : null,
      claimExpiresAt: thread.claimExpiresAt?.toISOString() ?? null,
    });
  }

  private isClaimedByOther(staff: Staff, thread: ThreadEntity): boolean {
    return !!thread.claimedBy && thread.claimedBy !== staff.userId && !!thread.claimExpiresAt && thread.claimExpiresAt >= new Date();
  }

  /** Re-route, escalate, reply and close are open to the holder of the claim, or anyone when nobody holds one. */
  async requireFreeOrOwn(staff: Staff, thread: ThreadEntity): Promise<void> {
    if (this.isClaimedByOther(staff, thread)) await this.claimedByOther(thread);
  }

  private requireOwnClaim(staff: Staff, thread: ThreadEntity): void {
    if (thread.claimedBy !== staff.userId) throw new ConflictException('you do not hold the claim on this thread');
  }

  /** The patient's own physician, or their cover while they are out of the office. */
  async responsiblePhysician(manager: EntityManager, patientId: string): Promise<string | null> {
    const patient = await manager.findOneBy(PatientEntity, { id: patientId });
    if (!patient?.primaryPhysicianId) return null;
    const physician = await manager.findOneBy(StaffUserEntity, { id: patient.primaryPhysicianId });
    if (physician?.outOfOffice && physician.coveringPhysicianId) return physician.coveringPhysicianId;
    return patient.primaryPhysicianId;
  }

  private async note(manager: EntityManager, staff: Staff, thread: ThreadEntity, text: string): Promise<void> {
    await manager.insert(MessageEntity, {
      practiceId: thread.practiceId,
      threadId: thread.id,
      author: 'staff',
      authorStaffId: staff.userId,
      authorRole: staff.role,
      internal: true,
      body: text,
      sentAt: new Date(),
      triagedAt: new Date(),
    });
  }
}
