import { aThread } from '../../testing/thread-factory';
import {
  compareThreads,
  countByPool,
  matchesFilters,
  matchesStatus,
  mergeThreads,
  NO_QUEUE_FILTERS,
  sortThreads,
  upsertThread,
  type QueueFilters,
} from './inbox-order';

const ids = (threads: readonly { id: string }[]) => threads.map((t) => t.id);

describe('queue order', () => {
  it('puts urgent threads first, whatever their priority or due time', () => {
    const routineDueSoon = aThread({ id: 'a', priority: 'high', dueAt: '2025-03-03T09:05:00Z' });
    const urgent = aThread({ id: 'b', urgent: true, priority: 'routine' });
    expect(ids(sortThreads([routineDueSoon, urgent]))).toEqual(['b', 'a']);
  });

  it('then orders by priority: urgent, high, routine', () => {
    const routine = aThread({ id: 'r', priority: 'routine' });
    const high = aThread({ id: 'h', priority: 'high' });
    const urgent = aThread({ id: 'u', priority: 'urgent' });
    expect(ids(sortThreads([routine, high, urgent]))).toEqual(['u', 'h', 'r']);
  });

  it('then by due time ascending, threads without one last', () => {
    const none = aThread({ id: 'none', dueAt: null });
    const later = aThread({ id: 'later', dueAt: '2025-03-04T12:00:00Z' });
    const sooner = aThread({ id: 'sooner', dueAt: '2025-03-03T12:00:00Z' });
    expect(ids(sortThreads([none, later, sooner]))).toEqual(['sooner', 'later', 'none']);
  });

  it('then newest message first, and id as a stable tie-break', () => {
    const older = aThread({ id: 'old', lastMessageAt: '2025-03-03T08:00:00Z' });
    const newer = aThread({ id: 'new', lastMessageAt: '2025-03-03T10:00:00Z' });
    const twinA = aThread({ id: 'twin-a', lastMessageAt: '2025-03-03T07:00:00Z' });
    const twinB = aThread({ id: 'twin-b', lastMessageAt: '2025-03-03T07:00:00Z' });
    expect(ids(sortThreads([twinB, older, twinA, newer]))).toEqual(['new', 'old', 'twin-a', 'twin-b']);
    expect(compareThreads(twinA, twinA)).toBe(0);
  });
});

describe('upsertThread', () => {
  it('inserts an unknown thread in its place in the queue', () => {
    const list = sortThreads([aThread({ id: 'h', priority: 'high' }), aThread({ id: 'r' })]);
    const next = upsertThread(list, aThread({ id: 'u', urgent: true }));
    expect(ids(next)).toEqual(['u', 'h', 'r']);
    expect(ids(list)).toEqual(['h', 'r']);
  });

  it('replaces a known thread and re-sorts when its priority changes', () => {
    const list = sortThreads([aThread({ id: 'a', priority: 'high' }), aThread({ id: 'b' })]);
    const escalated = aThread({ id: 'b', urgent: true, subject: 'Chest pain', updatedAt: '2025-03-03T09:10:00Z' });
    const next = upsertThread(list, escalated);
    expect(ids(next)).toEqual(['b', 'a']);
    expect(next[0].subject).toBe('Chest pain');
    expect(next).toHaveLength(2);
  });

  it('ignores a version older than the one held, returning the same list', () => {
    const list = [aThread({ id: 'a', status: 'claimed', updatedAt: '2025-03-03T09:10:00Z' })];
    const stale = aThread({ id: 'a', status: 'triaged', updatedAt: '2025-03-03T09:05:00Z' });
    expect(upsertThread(list, stale)).toBe(list);
  });

  it('merges a fetched page without losing newer pushed versions', () => {
    const pushed = aThread({ id: 'a', status: 'claimed', updatedAt: '2025-03-03T09:10:00Z' });
    const fetched = [aThread({ id: 'a', status: 'triaged' }), aThread({ id: 'b' })];
    const merged = mergeThreads([pushed], fetched);
    expect(merged.find((t) => t.id === 'a')?.status).toBe('claimed');
    expect(ids(merged).sort()).toEqual(['a', 'b']);
  });
});

describe('filters and counts', () => {
  const threads = [
    aThread({ pool: 'medical_assistant' }),
    aThread({ pool: 'medical_assistant', status: 'closed' }),
    aThread({ pool: 'nurse' }),
    aThread({ pool: 'physician', status: 'claimed' }),
    aThread({ pool: null, status: 'new' }),
  ];

  it('counts open threads per pool; unrouted ones count only in All', () => {
    expect(countByPool(threads, 'open')).toEqual({ all: 4, medical_assistant: 1, nurse: 1, physician: 1, billing: 0 });
  });

  it('counts under any status filter', () => {
    expect(countByPool(threads, 'all').medical_assistant).toBe(2);
    expect(countByPool(threads, 'closed')).toEqual({ all: 1, medical_assistant: 1, nurse: 0, physician: 0, billing: 0 });
  });

  it('treats "open" as everything but closed', () => {
    expect(matchesStatus(aThread({ status: 'waiting_for_patient' }), 'open')).toBe(true);
    expect(matchesStatus(aThread({ status: 'closed' }), 'open')).toBe(false);
  });
});

describe('matchesFilters', () => {
  const now = Date.parse('2025-03-03T12:00:00Z');
  it('narrows by category, priority, past due and mine', () => {
    const refill = aThread({ category: 'medication_refill', priority: 'high', dueAt: '2025-03-03T11:00:00Z', claimedBy: { id: 'me', name: 'Me', role: 'medical_assistant' } });
    const bill = aThread({ category: 'billing', priority: 'routine', dueAt: '2025-03-04T11:00:00Z', assigneeId: 'someone' });
    const pass = (filters: Partial<QueueFilters>) => [refill, bill].filter((t) => matchesFilters(t, { ...NO_QUEUE_FILTERS, ...filters }, now)).map((t) => t.category);
    expect(pass({})).toEqual(['medication_refill', 'billing']);
    expect(pass({ category: 'billing' })).toEqual(['billing']);
    expect(pass({ priority: 'high' })).toEqual(['medication_refill']);
    expect(pass({ overdueOnly: true })).toEqual(['medication_refill']);
    expect(pass({ mineOf: 'me' })).toEqual(['medication_refill']);
    expect(pass({ mineOf: 'someone' })).toEqual(['billing']);
  });
});
