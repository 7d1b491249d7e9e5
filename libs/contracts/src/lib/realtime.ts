import type { ThreadSummary } from './api';
import type { Pool } from './vocabulary';

/** socket.io namespace of the live inbox. */
export const INBOX_NAMESPACE = '/inbox';

/** Server → client event names. */
export const InboxEvent = {
  ThreadCreated: 'thread.created',
  ThreadUpdated: 'thread.updated',
  ThreadUrgent: 'thread.urgent',
  ThreadOverdue: 'thread.overdue',
} as const;
export type InboxEventName = (typeof InboxEvent)[keyof typeof InboxEvent];

/** Client → server event names. */
export const InboxCommand = {
  Subscribe: 'inbox.subscribe',
} as const;

export interface ThreadEventPayload {
  thread: ThreadSummary;
  /** Server time the change was committed, ISO 8601. */
  at: string;
}

export interface SubscribeRequest {
  /** Pools to follow; omitted or empty means every pool. */
  pools?: Pool[];
}

export interface SubscribeAck {
  rooms: string[];
}

/** Room names: one per pool, and one that sees every thread of the practice. */
export const Rooms = {
  practice: 'practice',
  pool: (pool: Pool): string => `pool:${pool}`,
} as const;

/** Map of server → client events, for typed socket.io clients and servers. */
export interface InboxServerEvents {
  'thread.created': (payload: ThreadEventPayload) => void;
  'thread.updated': (payload: ThreadEventPayload) => void;
  'thread.urgent': (payload: ThreadEventPayload) => void;
  'thread.overdue': (payload: ThreadEventPayload) => void;
}
