import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { HealthReport, MessageCategory, Page, Pool, ThreadDetail, ThreadStatus, ThreadSummary } from '@carequeue/contracts';
import type { RoutingRule, TriageDecision } from '@carequeue/triage';

/** A reply template as `GET /templates` lists it. */
export interface ReplyTemplate {
  id: string;
  name: string;
  body: string;
  category: string | null;
  maxLength: number | null;
  shortcut: string | null;
  ownerId: string | null;
}

export interface TemplateInput {
  name: string;
  body: string;
  category?: string;
  maxLength?: number;
  shortcut?: string;
  scope?: 'practice' | 'personal';
}

export type ThreadAction =
  | { kind: 'claim' }
  | { kind: 'release' }
  | { kind: 'reroute'; pool: Pool; note: string }
  | { kind: 'escalate'; note: string }
  | { kind: 'status'; status: 'waiting_for_patient' | 'closed' };
import type { Observable } from 'rxjs';
import { DASHBOARD_CONFIG } from './app-config';

export interface ThreadListQuery {
  status?: ThreadStatus;
  pool?: Pool;
  limit?: number;
  offset?: number;
}

/** The one place that knows the API's URLs; callers get typed contract shapes back. */
@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly http = inject(HttpClient);
  private readonly base = inject(DASHBOARD_CONFIG).apiBase;

  /** Threads in queue order (the API sorts: urgent, priority, due time, newest). */
  listThreads(query: ThreadListQuery = {}): Observable<Page<ThreadSummary>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      // Unset filters are left out rather than sent empty: the API validates every value it gets.
      if (value !== undefined && value !== null) params = params.set(key, String(value));
    }
    return this.http.get<Page<ThreadSummary>>(`${this.base}/threads`, { params });
  }

  getThread(id: string): Observable<ThreadDetail> {
    return this.http.get<ThreadDetail>(`${this.base}/threads/${encodeURIComponent(id)}`);
  }

  /** Claim, release, re-route, escalate, wait or close: `POST /threads/:id/<kind>`. */
  act(threadId: string, action: ThreadAction): Observable<unknown> {
    const { kind, ...body } = action;
    return this.http.post(`${this.base}/threads/${encodeURIComponent(threadId)}/${kind}`, body);
  }

  /** Sends a staff reply; the server signs it and checks its length. */
  saveTemplate(id: string | null, body: TemplateInput): Observable<ReplyTemplate> {
    return id
      ? this.http.put<ReplyTemplate>(`${this.base}/templates/${encodeURIComponent(id)}`, body)
      : this.http.post<ReplyTemplate>(`${this.base}/templates`, body);
  }

  deleteTemplate(id: string): Observable<unknown> {
    return this.http.delete(`${this.base}/templates/${encodeURIComponent(id)}`);
  }

  /** The text a patient would get: rendered for the patient with this MRN and signed by me. */
  previewReply(body: string, mrn: string, maxLength?: number): Observable<{ text: string; missing: string[]; length: number; limit: number }> {
    return this.http.post<{ text: string; missing: string[]; length: number; limit: number }>(`${this.base}/replies/preview`, { body, mrn, maxLength });
  }

  /** One text to several threads, personalised for each; each is sent or refused on its own. */
  bulkReply(body: { threadIds: string[]; body: string; templateId?: string }): Observable<{ threadId: string; status: 'sent' | 'refused'; reason?: string }[]> {
    return this.http.post<{ threadId: string; status: 'sent' | 'refused'; reason?: string }[]>(`${this.base}/replies/bulk`, body);
  }

  /** The physician's batch, in the order to answer it. */
  batch(): Observable<ThreadSummary[]> {
    return this.http.get<ThreadSummary[]>(`${this.base}/threads/batch`);
  }

  /** Templates this person may use: the practice's for their role, and their own. */
  templates(): Observable<ReplyTemplate[]> {
    return this.http.get<ReplyTemplate[]>(`${this.base}/templates`);
  }

  reply(threadId: string, body: { body: string; then: 'close' | 'wait'; templateId?: string; elapsedMs?: number }): Observable<{ messageId: string; text: string }> {
    return this.http.post<{ messageId: string; text: string }>(`${this.base}/threads/${encodeURIComponent(threadId)}/replies`, body);
  }

  health(): Observable<HealthReport> {
    return this.http.get<HealthReport>(`${this.base}/health`);
  }

  /** The practice's current routing rules, in order, with their version. */
  rules(): Observable<RuleSet> {
    return this.http.get<RuleSet>(`${this.base}/rules`);
  }

  /** Saves the whole ordered list as the next version (admins only). */
  saveRules(body: { rules: readonly RoutingRule[]; note?: string }): Observable<RuleSet> {
    return this.http.put<RuleSet>(`${this.base}/rules`, body);
  }

  /** Every saved version of the rules, newest first. */
  ruleVersions(): Observable<RuleVersionSummary[]> {
    return this.http.get<RuleVersionSummary[]>(`${this.base}/rules/versions`);
  }

  /** What the router would decide for a message (with `rules`: for that draft list); writes nothing. */
  triagePreview(body: TriagePreviewRequest): Observable<TriageDecision> {
    return this.http.post<TriageDecision>(`${this.base}/triage/preview`, body);
  }
}

/** `GET /rules` and `PUT /rules`: one saved version of the practice's ordered rule list. */
export interface RuleSet {
  version: number;
  rules: RoutingRule[];
  note: string | null;
  createdAt: string;
  createdBy: { id: string; name: string } | null;
}

/** One line of `GET /rules/versions`. */
export interface RuleVersionSummary {
  version: number;
  note: string | null;
  createdAt: string;
  createdBy: { id: string; name: string } | null;
  ruleCount: number;
}

export interface TriagePreviewRequest {
  subject: string;
  body: string;
  category?: MessageCategory;
  patientId?: string;
  /** Draft rules to decide with instead of the saved ones. */
  rules?: readonly RoutingRule[];
}
