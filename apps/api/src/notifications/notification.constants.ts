import type { JobsOptions } from 'bullmq';

export const NOTIFY_QUEUE = 'notifications';
export const NOTIFY_JOB = 'notify-patient';

export interface NotifyJobData {
  /** The staff reply the patient is told about. */
  messageId: string;
}

export const NOTIFY_JOB_OPTIONS: JobsOptions = {
  attempts: 10,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: { age: 3_600, count: 5_000 },
  removeOnFail: { age: 7 * 24 * 3_600 },
};
