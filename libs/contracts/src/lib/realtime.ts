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
  ThreadViewers: 'thread.viewers',
  /** Engagement data changed (an import committed): engagement figures should be fetched again. */
  EngagementChanged: 'engagement.changed',
} as const;
export type InboxEventName = (typeof InboxEvent)[keyof typeof InboxEvent];

/** Client → server event names. */
export const InboxCommand = {
  Subscribe: 'inbox.subscribe',
  /** I opened this thread (or null: I closed it). One thread per socket at a time. */
  View: 'thread.view',
} as const;

export interface ViewRequest {
  threadId: string | null;
}

export interface ThreadViewer {
  userId: string;
  name: string;
  role: string;
}

/** Who has a thread open right now, pushed whenever that changes. */
export interface ThreadViewersPayload {
  threadId: string;
  viewers: ThreadViewer[];
}

export interface ThreadEventPayload {
  thread: ThreadSummary;
  /** Server time the change was committed, ISO 8601. */
  at: string;
}

/** No figures and no patients: only that something changed, so every open page refetches what it shows. */
export interface EngagementChangedPayload {
  practiceId: string;
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
  /** Joined on connect by roles that read engagement figures (`canReadEngagement`); kept across subscribes. */
  engagement: 'engagement',
} as const;

/** Map of server → client events, for typed socket.io clients and servers. */
export interface InboxServerEvents {
  'thread.created': (payload: ThreadEventPayload) => void;
  'thread.updated': (payload: ThreadEventPayload) => void;
  'thread.urgent': (payload: ThreadEventPayload) => void;
  'thread.overdue': (payload: ThreadEventPayload) => void;
  'thread.viewers': (payload: ThreadViewersPayload) => void;
  'engagement.changed': (payload: EngagementChangedPayload) => void;
}
