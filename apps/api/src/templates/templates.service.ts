import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { validateTemplate } from '@carequeue/templates';
import { Brackets, type Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Staff } from '../threads/thread-actions.service';
import type { TemplateDto } from './template.dto';
import { ReplyTemplateEntity } from './reply-template.entity';

/** Reply templates: the practice's shared ones (admins manage them) and each person's own. */
@Injectable()
export class TemplatesService {
  constructor(
    @InjectRepository(ReplyTemplateEntity) private readonly templates: Repository<ReplyTemplateEntity>,
    private readonly audit: AuditService,
  ) {}

  /** What this person may use: shared templates for their role (or for everyone), and their own. */
  list(staff: Staff): Promise<ReplyTemplateEntity[]> {
    return this.templates
      .createQueryBuilder('t')
      .where('t.practice_id = :practiceId', { practiceId: staff.practiceId })
      .andWhere(
        new Brackets((w) =>
          w.where('t.owner_id = :me', { me: staff.userId }).orWhere("t.owner_id IS NULL AND (t.roles = '{}' OR :role = ANY(t.roles))", { role: staff.role }),
        ),
      )
      .orderBy('t.owner_id IS NULL', 'DESC')
      .addOrderBy('t.name', 'ASC')
      .getMany();
  }

  /** A template this person may use, for a reply. */
  async usable(staff: Staff, id: string): Promise<ReplyTemplateEntity> {
    const found = (await this.list(staff)).find((t) => t.id === id);
    if (!found) throw new NotFoundException(`template ${id} not found`);
    return found;
  }

  async create(staff: Staff, dto: TemplateDto): Promise<ReplyTemplateEntity> {
    const practiceWide = dto.scope === 'practice';
    if (practiceWide && staff.role !== 'admin') throw new ForbiddenException('practice-wide templates are managed by administrators');
    this.check(dto);
    const saved = await this.templates.save({
      practiceId: staff.practiceId,
      ownerId: practiceWide ? null : staff.userId,
      ...this.fields(dto),
    });
    await this.audit.record({ actorType: 'staff', actorId: staff.userId, action: 'template.created', details: { templateId: saved.id } });
    return saved;
  }

  async update(staff: Staff, id: string, dto: TemplateDto): Promise<ReplyTemplateEntity> {
    const template = await this.editable(staff, id);
    this.check(dto);
    const saved = await this.templates.save({ ...template, ...this.fields(dto) });
    await this.audit.record({ actorType: 'staff', actorId: staff.userId, action: 'template.updated', details: { templateId: id } });
    return saved;
  }

  async remove(staff: Staff, id: string): Promise<void> {
    const template = await this.editable(staff, id);
    await this.templates.delete({ id: template.id });
    await this.audit.record({ actorType: 'staff', actorId: staff.userId, action: 'template.deleted', details: { templateId: id } });
  }

  private async editable(staff: Staff, id: string): Promise<ReplyTemplateEntity> {
    const template = await this.templates.findOneBy({ id, practiceId: staff.practiceId });
    if (!template) throw new NotFoundException(`template ${id} not found`);
    const mine = template.ownerId === staff.userId;
    if (!mine && !(template.ownerId === null && staff.role === 'admin')) throw new ForbiddenException('you may change only your own templates');
    return template;
  }

  /** Unknown placeholders, unbalanced braces, an over-long body: 400 at save time, naming the spot. */
  private check(dto: TemplateDto): void {
    const errors = validateTemplate({ name: dto.name, body: dto.body, channel: dto.channel, maxLength: dto.maxLength });
    if (errors.length) {
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: errors.map((e) => e.message).join('; '), errors: errors.map((e) => ({ field: e.field, message: e.message })) });
    }
  }

  private fields(dto: TemplateDto) {
    return {
      name: dto.name.trim(),
      body: dto.body,
      category: dto.category ?? null,
      roles: dto.roles ?? [],
      channel: dto.channel ?? 'portal',
      maxLength: dto.maxLength ?? null,
      shortcut: dto.shortcut ?? null,
    };
  }
}
