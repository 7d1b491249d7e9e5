import { Injectable } from '@nestjs/common';
import {
  isMet,
  measureById,
  measuresForStage,
  percentOf,
  thresholdInSchedule,
  type DrillDownItem,
  type DrillDownPage,
  type DrillDownSet,
  type MeasureId,
  type MeasureResult,
  type MeasuresReportResponse,
  type Stage,
} from '@carequeue/measures';
import type { AuditActorType } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { toCsv } from './csv';
import { MeasuresSqlService, type FigureRow, type MemberRow } from './measures-sql.service';

// The answers' shapes live in `@carequeue/measures`, which the dashboard reads too.
export type { DrillDownItem, DrillDownPage, MeasuresReportResponse };

export interface MeasuresRequest {
  practiceId: string;
  from: string;
  to: string;
  stage: Stage;
  programYear?: number;
  providerId?: string;
}

export interface DrillDownRequest {
  practiceId: string;
  measureId: MeasureId;
  from: string;
  to: string;
  set: DrillDownSet;
  providerId: string | null;
  limit: number | null;
  offset: number;
}

export interface Reader {
  type: AuditActorType;
  id: string | null;
}

const fullName = (m: MemberRow): string | null => [m.firstName, m.lastName].filter((part) => part).join(' ') || null;

/** Figures in the reference implementation's shape: thresholds, pass rule and exclusion come from `@carequeue/measures`. */
@Injectable()
export class MeasuresService {
  constructor(
    private readonly sql: MeasuresSqlService,
    private readonly audit: AuditService,
  ) {}

  async report(request: MeasuresRequest): Promise<MeasuresReportResponse> {
    const { from, to, stage, programYear, providerId } = request;
    const ids = measuresForStage(stage).map((m) => m.id);
    const input = await this.sql.input(request);
    const { eps, figures } = await this.sql.figures(input, ids);
    const byKey = new Map<string, FigureRow>(figures.map((f) => [`${f.measureId}\n${f.providerId ?? ''}`, f]));

    const result = (id: MeasureId, epId: string | null, excluded: boolean): MeasureResult => {
      const figure = byKey.get(`${id}\n${epId ?? ''}`);
      const numerator = figure?.numerator ?? 0;
      const denominator = figure?.denominator ?? 0;
      const definition = measureById(id);
      const threshold = thresholdInSchedule(definition.thresholds, programYear);
      return {
        id,
        numerator,
        denominator,
        percent: percentOf(numerator, denominator),
        threshold,
        met: isMet(threshold, numerator, denominator, excluded),
        excluded,
        definition: definition.definitionUsed,
      };
    };

    // The practice figures always cover every EP; providerId only narrows the per-EP list.
    const practiceExcluded = !eps.some((ep) => ep.active);
    return {
      from,
      to,
      stage,
      programYear: programYear ?? null,
      practice: ids.map((id) => result(id, null, practiceExcluded)),
      providers: eps
        .filter((ep) => providerId === undefined || ep.id === providerId)
        .map((ep) => ({ providerId: ep.id, name: ep.name, measures: ids.map((id) => result(id, ep.id, !ep.active)) })),
    };
  }

  /** One page of patients (or visits) behind a figure; the read is audited with ids and counts only. */
  async drillDown(request: DrillDownRequest, reader: Reader, format: 'json' | 'csv'): Promise<DrillDownPage> {
    const unit = measureById(request.measureId).unit;
    const input = await this.sql.input(request);
    const { total, rows } = await this.sql.members(input, request.measureId, request.set, request.providerId, request.limit, request.offset);
    await this.audit.record({
      actorType: reader.type,
      actorId: reader.id,
      action: 'engagement.drilldown_read',
      details: {
        measureId: request.measureId,
        set: request.set,
        providerId: request.providerId,
        from: request.from,
        to: request.to,
        format,
        offset: request.offset,
        returned: rows.length,
        total,
      },
    });
    const items = rows.map((m): DrillDownItem => {
      const patient = { patientId: m.patientId, mrn: m.patientId, name: fullName(m) };
      return unit === 'visits' ? { encounterId: m.encounterId ?? '', date: m.visitDate ?? '', ...patient } : patient;
    });
    return { measureId: request.measureId, unit, set: request.set, from: request.from, to: request.to, providerId: request.providerId, items, total, limit: request.limit, offset: request.offset };
  }
}

/** The page as CSV: one row per item, per-visit measures with the encounter first. */
export function drillDownCsv(page: DrillDownPage): string {
  if (page.unit === 'visits') {
    return toCsv(
      ['encounter_id', 'visit_date', 'patient_id', 'mrn', 'name'],
      page.items.map((i) => [i.encounterId ?? null, i.date ?? null, i.patientId, i.mrn, i.name]),
    );
  }
  return toCsv(['patient_id', 'mrn', 'name'], page.items.map((i) => [i.patientId, i.mrn, i.name]));
}

/** A file name safe in a header: the measure, the set, the period and the EP. */
export function drillDownFileName(page: DrillDownPage): string {
  const safe = (value: string) => value.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 60);
  const ep = page.providerId === null ? 'practice' : `provider-${safe(page.providerId)}`;
  return `${page.measureId}-${page.set}-${ep}-${page.from}-to-${page.to}.csv`;
}
