import { HttpClient, HttpParams, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { DrillDownPage, DrillDownSet, MeasureId, MeasuresReportResponse, Stage, TrendResponse } from '@carequeue/measures';
import { map, type Observable } from 'rxjs';
import { DASHBOARD_CONFIG } from '../../core/app-config';

export interface ReportQuery {
  from: string;
  to: string;
  stage: Stage;
  providerId?: string | null;
}

export interface PatientsQuery {
  from: string;
  to: string;
  providerId: string | null;
  set: DrillDownSet;
  limit?: number;
  offset?: number;
}

export interface CsvFile {
  blob: Blob;
  fileName: string;
}

/** Unset values are left out rather than sent empty: the API validates every value it gets. */
function params(query: object): HttpParams {
  let result = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) result = result.set(key, String(value));
  }
  return result;
}

/** The file name the server suggests in `Content-Disposition`, else the fallback. */
export function attachmentName(header: string | null, fallback: string): string {
  const match = header ? /filename="?([^";]+)"?/i.exec(header) : null;
  return match?.[1] ?? fallback;
}

/**
 * The engagement endpoints. Every call goes through the app's HttpClient, so the auth interceptor
 * adds the token (and refreshes it): the CSV too, which a plain link could not authenticate.
 */
@Injectable({ providedIn: 'root' })
export class EngagementApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(DASHBOARD_CONFIG).apiBase}/engagement/measures`;

  report(query: ReportQuery): Observable<MeasuresReportResponse> {
    return this.http.get<MeasuresReportResponse>(this.base, { params: params(query) });
  }

  trend(query: ReportQuery): Observable<TrendResponse> {
    return this.http.get<TrendResponse>(`${this.base}/trend`, { params: params(query) });
  }

  patients(measureId: MeasureId, query: PatientsQuery): Observable<DrillDownPage> {
    return this.http.get<DrillDownPage>(`${this.base}/${encodeURIComponent(measureId)}/patients`, { params: params(query) });
  }

  /** Every row of the set as the API's CSV (no limit: the server sends them all). */
  patientsCsv(measureId: MeasureId, query: Omit<PatientsQuery, 'limit' | 'offset'>): Observable<CsvFile> {
    return this.http
      .get(`${this.base}/${encodeURIComponent(measureId)}/patients`, {
        params: params({ ...query, format: 'csv' }),
        observe: 'response',
        responseType: 'blob',
      })
      .pipe(
        map((response: HttpResponse<Blob>) => ({
          blob: response.body ?? new Blob([], { type: 'text/csv' }),
          fileName: attachmentName(response.headers.get('Content-Disposition'), `${measureId}-${query.set}.csv`),
        })),
      );
  }
}

/** Hands a file to the browser's download (an object URL on a temporary link). */
export function saveFile(file: CsvFile, doc: Document = document): void {
  const url = URL.createObjectURL(file.blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked on the next turn: the download has taken the data by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
