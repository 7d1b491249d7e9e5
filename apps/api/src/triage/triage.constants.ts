import type { JobsOptions } from 'bullmq';

export const TRIAGE_QUEUE = 'triage';
export const TRIAGE_JOB = 'triage-message';

export interface TriageJobData {
  messageId: string;
}

export const TRIAGE_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1_000 },
  // Completed jobs are forgotten quickly: the database, not Redis, is the record of what was triaged.
  removeOnComplete: { age: 3_600, count: 5_000 },
  removeOnFail: { age: 7 * 24 * 3_600 },
};

