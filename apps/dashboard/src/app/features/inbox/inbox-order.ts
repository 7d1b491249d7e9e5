import { POOLS, PRIORITIES, type MessageCategory, type Pool, type Priority, type ThreadStatus, type ThreadSummary } from '@carequeue/contracts';

/** The pool chips: every pool, or one. */
export type PoolFilter = Pool | 'all';
/** `open` hides closed threads: what still needs someone. */
export type StatusFilter = ThreadStatus | 'open' | 'all';
export type PoolCounts = Record<PoolFilter, number>;

const PRIORITY_RANK = new Map(PRIORITIES.map((priority, rank) => [priority, rank]));

function time(iso: string | null): number {
  if (!iso) return Number.POSITIVE_INFINITY;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
}

/**
 * Queue order, the same as the API's: urgent first, then priority, then the nearest due time
 * (no due time last), then the most recent message, then id so equal threads never swap places.
 */
export function compareThreads(a: ThreadSummary, b: ThreadSummary): number {
  if (a.urgent !== b.urgent) return a.urgent ? -1 : 1;
  const byPriority = (PRIORITY_RANK.get(a.priority) ?? PRIORITIES.length) - (PRIORITY_RANK.get(b.priority) ?? PRIORITIES.length);
  if (byPriority !== 0) return byPriority;
  const dueA = time(a.dueAt);
  const dueB = time(b.dueAt);
  if (dueA !== dueB) return dueA < dueB ? -1 : 1;
  const byNewest = time(b.lastMessageAt) - time(a.lastMessageAt);
  if (byNewest !== 0 && !Number.isNaN(byNewest)) return byNewest;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortThreads(threads: readonly ThreadSummary[]): ThreadSummary[] {
  return [...threads].sort(compareThreads);
}

/**
 * Insert or replace a thread by id and keep queue order. Pushes can overtake a page fetch or each
 * other, so a version older than the one held is ignored: the same list instance comes back.
 */
export function upsertThread(threads: readonly ThreadSummary[], thread: ThreadSummary): readonly ThreadSummary[] {
  const index = threads.findIndex((t) => t.id === thread.id);
  if (index === -1) return sortThreads([...threads, thread]);
  if (time(threads[index].updatedAt) > time(thread.updatedAt)) return threads;
  const next = [...threads];
  next[index] = thread;
  return sortThreads(next);
}

export function matchesStatus(thread: ThreadSummary, filter: StatusFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'open') return thread.status !== 'closed';
  return thread.status === filter;
}

export function matchesPool(thread: ThreadSummary, filter: PoolFilter): boolean {
  return filter === 'all' || thread.pool === filter;
}

/** Chip counts under the current status filter; threads not yet routed count only in "All". */
export function countByPool(threads: readonly ThreadSummary[], status: StatusFilter): PoolCounts {
  const counts = { all: 0, ...Object.fromEntries(POOLS.map((pool) => [pool, 0])) } as PoolCounts;
  for (const thread of threads) {
    if (!matchesStatus(thread, status)) continue;
    counts.all += 1;
    if (thread.pool) counts[thread.pool] += 1;
  }
  return counts;
}

/** Merge a fetched page into what is held, keeping whichever version of each thread is newer. */
export function mergeThreads(current: readonly ThreadSummary[], incoming: readonly ThreadSummary[]): ThreadSummary[] {
  const byId = new Map(current.map((thread) => [thread.id, thread]));
  for (const thread of incoming) {
    const held = byId.get(thread.id);
    if (!held || time(held.updatedAt) <= time(thread.updatedAt)) byId.set(thread.id, thread);
  }
  return sortThreads([...byId.values()]);
}

/** Narrower views of the queue: a category, a priority, past due, or mine. Empty means no narrowing. */
export interface QueueFilters {
  category: MessageCategory | null;
  priority: Priority | null;
  overdueOnly: boolean;
  /** The signed-in person's id when "mine" is on: claimed by them or routed to them. */
  mineOf: string | null;
}

export const NO_QUEUE_FILTERS: QueueFilters = { category: null, priority: null, overdueOnly: false, mineOf: null };

export function matchesFilters(thread: ThreadSummary, filters: QueueFilters, now: number): boolean {
  if (filters.category && thread.category !== filters.category) return false;
  if (filters.priority && thread.priority !== filters.priority) return false;
  if (filters.overdueOnly && !(thread.overdueAt || (thread.dueAt && Date.parse(thread.dueAt) < now && thread.status !== 'closed'))) return false;
  if (filters.mineOf && thread.claimedBy?.id !== filters.mineOf && thread.assigneeId !== filters.mineOf) return false;
  return true;
}
