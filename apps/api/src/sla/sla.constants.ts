import type { JobsOptions } from 'bullmq';

export const SLA_QUEUE = 'sla';
export const SLA_JOB = 'sla-check';

export interface SlaJobData {
  threadId: string;
  /** The due time this job was scheduled for; a thread whose due time moved is left alone. */
  dueAt: string;
}

export const SLA_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 3_600, count: 5_000 },
  removeOnFail: { age: 7 * 24 * 3_600 },
};
