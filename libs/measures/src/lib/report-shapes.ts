/**
 * The engagement API's answers as the dashboard reads them: the API's services return these
 * types, so a field renamed on one side breaks the build on the other.
 */
import type { IsoDate } from './dataset';
import type { MeasureId, MeasureUnit, Stage } from './measure-types';
import type { DrillDownSet, MeasureResult, ProviderMeasures } from './reference-engine';

/** `GET /engagement/measures`: the practice's figures (union over EPs) and each EP's. */
export interface MeasuresReportResponse {
  from: IsoDate;
  to: IsoDate;
  stage: Stage;
  programYear: number | null;
  practice: MeasureResult[];
  providers: ProviderMeasures[];
}

/** A patient behind a figure; for per-visit measures, one of the EP's visits (with its patient). */
export interface DrillDownItem {
  /** Per-visit measures only: the encounter's import id and date. */
  encounterId?: string;
  date?: IsoDate;
  /** The patient's import id, which is the practice's MRN. */
  patientId: string;
  mrn: string;
  name: string | null;
}

/** `GET /engagement/measures/:id/patients`: one page of a drill-down set. */
export interface DrillDownPage {
  measureId: MeasureId;
  /** `visits`: items are encounters (clinical summaries); `patients`: items are patients. */
  unit: MeasureUnit;
  set: DrillDownSet;
  from: IsoDate;
  to: IsoDate;
  providerId: string | null;
  items: DrillDownItem[];
  total: number;
  limit: number | null;
  offset: number;
}

/** One measure at one trend point: the figure for the period from `from` to the week's end. */
export type TrendFigure = Pick<MeasureResult, 'id' | 'numerator' | 'denominator' | 'percent' | 'met' | 'excluded'>;

export interface TrendWeek {
  /** The last day the point covers (practice-local, inclusive). */
  weekEnd: IsoDate;
  measures: TrendFigure[];
}

/** `GET /engagement/measures/trend`: the practice's (or one EP's) figures week by week, cumulative. */
export interface TrendResponse {
  from: IsoDate;
  to: IsoDate;
  stage: Stage;
  programYear: number | null;
  /** The EP the figures are for, or null for the practice. */
  providerId: string | null;
  weeks: TrendWeek[];
}
