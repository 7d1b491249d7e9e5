import type { JobsOptions, Queue } from 'bullmq';

export type EnqueueOutcome = 'added' | 'already_queued' | 'retried';

/** How long a request waits for Redis before leaving the job to the sweeper. */
export const ENQUEUE_TIMEOUT_MS = 1_500;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Adds a job under a fixed id, so enqueueing twice is harmless while the job exists; a job that
 * failed for good is retried instead of blocking its id, and a finished one is replaced. Never
 * waits on a dead Redis for longer than ENQUEUE_TIMEOUT_MS.
 */
export function enqueueOnce<T>(queue: Queue<T>, name: string, jobId: string, data: T, options: JobsOptions): Promise<EnqueueOutcome> {
  const run = async (): Promise<EnqueueOutcome> => {
    const existing = await queue.getJob(jobId);
    if (existing) {
      const state = await existing.getState();
      if (state === 'failed') {
        await existing.retry('failed');
        return 'retried';
      }
      if (state !== 'completed' && state !== 'unknown') return 'already_queued';
      await existing.remove();
    }
    // BullMQ's generics make the job name a computed type; the queue is typed by its data.
    await (queue as unknown as Queue).add(name, data, { ...options, jobId });
    return 'added';
  };
  return withTimeout(run(), ENQUEUE_TIMEOUT_MS, 'enqueue');
}
