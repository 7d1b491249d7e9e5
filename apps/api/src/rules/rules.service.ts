import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createTriageEngine, DEFAULT_ROUTING_RULES, validateRoutingRule, type RoutingRule, type TriageEngine } from '@carequeue/triage';
import type { FieldError } from '@carequeue/contracts';
import { In, QueryFailedError, type Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { StaffUserEntity } from '../staff/staff-user.entity';
import { RoutingRuleSetEntity } from './routing-rule-set.entity';

export interface RuleSetView {
  version: number;
  rules: RoutingRule[];
  note: string | null;
  createdAt: string;
  createdBy: { id: string; name: string } | null;
}

/**
 * The practice's routing rules, versioned: every change saves a whole new ordered list, and the
 * worker records which version decided each thread. Version 1 is the engine's defaults.
 */
@Injectable()
export class RulesService {
  private readonly engines = new Map<string, TriageEngine>();

  constructor(
    @InjectRepository(RoutingRuleSetEntity) private readonly sets: Repository<RoutingRuleSetEntity>,
    @InjectRepository(StaffUserEntity) private readonly staff: Repository<StaffUserEntity>,
    private readonly audit: AuditService,
  ) {}

  async current(practiceId: string): Promise<RoutingRuleSetEntity> {
    const latest = await this.sets.findOne({ where: { practiceId }, order: { version: 'DESC' } });
    if (latest) return latest;
    try {
      return await this.sets.save({ practiceId, version: 1, rules: [...DEFAULT_ROUTING_RULES], note: 'Default rules', createdBy: null });
    } catch (error) {
      if (isUniqueViolation(error)) return this.sets.findOneOrFail({ where: { practiceId }, order: { version: 'DESC' } });
      throw error;
    }
  }

  /** A compiled engine for the current version, built once per version. */
  async engine(practiceId: string): Promise<{ engine: TriageEngine; version: number }> {
    const set = await this.current(practiceId);
    const key = `${practiceId}:${set.version}`;
    let engine = this.engines.get(key);
    if (!engine) {
      engine = createTriageEngine(set.rules, { rulesVersion: set.version });
      this.engines.set(key, engine);
    }
    return { engine, version: set.version };
  }

  /** Field-named errors (`rules[2].conditions.phrases`) for every invalid rule; empty when all are valid. */
  validate(rules: unknown[]): FieldError[] {
    const ids = new Set<string>();
    return rules.flatMap((rule, index) => {
      const problems = validateRoutingRule(rule as RoutingRule).map((message) => ({ field: `rules[${index}]`, message }));
      const id = (rule as { id?: unknown }).id;
      if (typeof id === 'string') {
        if (ids.has(id)) problems.push({ field: `rules[${index}].id`, message: `id ${id} is used by another rule` });
        ids.add(id);
      }
      return problems;
    });
  }

  async save(practiceId: string, rules: unknown[], note: string | null, authorId: string): Promise<RoutingRuleSetEntity> {
    const errors = this.validate(rules);
    if (errors.length) throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors });
    const current = await this.current(practiceId);
    try {
      const saved = await this.sets.save({ practiceId, version: current.version + 1, rules: rules as RoutingRule[], note, createdBy: authorId });
      await this.audit.record({ actorType: 'staff', actorId: authorId, action: 'rules.saved', details: { version: saved.version, rules: rules.length } });
      return saved;
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictException('someone saved the rules at the same time: reload and apply your change again');
      throw error;
    }
  }

  async versions(practiceId: string): Promise<{ version: number; note: string | null; createdAt: string; createdBy: { id: string; name: string } | null; ruleCount: number }[]> {
    const sets = await this.sets.find({ where: { practiceId }, order: { version: 'DESC' }, take: 100 });
    const names = await this.names(sets);
    return sets.map((s) => ({ version: s.version, note: s.note, createdAt: s.createdAt.toISOString(), createdBy: names(s.createdBy), ruleCount: s.rules.length }));
  }

  async view(set: RoutingRuleSetEntity): Promise<RuleSetView> {
    const names = await this.names([set]);
    return { version: set.version, rules: set.rules, note: set.note, createdAt: set.createdAt.toISOString(), createdBy: names(set.createdBy) };
  }

  private async names(sets: RoutingRuleSetEntity[]): Promise<(id: string | null) => { id: string; name: string } | null> {
    const ids = [...new Set(sets.map((s) => s.createdBy).filter((id): id is string => !!id))];
    const people = ids.length ? await this.staff.findBy({ id: In(ids) }) : [];
    const byId = new Map(people.map((p) => [p.id, { id: p.id, name: p.displayName }]));
    return (id) => (id ? (byId.get(id) ?? null) : null);
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}
