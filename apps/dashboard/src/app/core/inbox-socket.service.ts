import { DestroyRef, Injectable, InjectionToken, inject, signal } from '@angular/core';
import {
  type EngagementChangedPayload,
  INBOX_NAMESPACE,
  InboxCommand,
  InboxEvent,
  type InboxServerEvents,
  type Pool,
  type SubscribeAck,
  type SubscribeRequest,
  type ThreadEventPayload,
  type ThreadViewersPayload,
  type ViewRequest,
} from '@carequeue/contracts';
import { Subject, type Observable } from 'rxjs';
import { io, type Socket } from 'socket.io-client';
import { DASHBOARD_CONFIG } from './app-config';
import { SessionStore } from './auth/session.store';

/** Client → server events of the inbox namespace (the contracts only type the server's side). */
export interface InboxClientEvents {
  'inbox.subscribe': (request: SubscribeRequest, ack?: (ack: SubscribeAck) => void) => void;
  'thread.view': (request: ViewRequest) => void;
}

export type InboxSocket = Socket<InboxServerEvents, InboxClientEvents>;

/** Opens the socket; a token so unit tests can hand the service a fake instead of a network. */
export type InboxSocketFactory = () => InboxSocket;

export const INBOX_SOCKET_FACTORY = new InjectionToken<InboxSocketFactory>('INBOX_SOCKET_FACTORY', {
  providedIn: 'root',
  factory: () => {
    const { socketPath } = inject(DASHBOARD_CONFIG);
    const session = inject(SessionStore);
    // A callback, so every (re)connect presents the current token, refreshed ones included.
    return () =>
      io(INBOX_NAMESPACE, { path: socketPath, transports: ['websocket', 'polling'], auth: (cb) => cb({ token: session.accessToken() }) });
  },
});

/**
 * `connecting` until the first connection; `reconnecting` while socket.io retries a lost one;
 * `offline` once retries keep failing (it still retries in the background) or the server closed us.
 */
export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'offline';

/** The pushes that carry a thread summary; other inbox events (who is viewing) have other shapes. */
const THREAD_EVENTS = [
  InboxEvent.ThreadCreated,
  InboxEvent.ThreadUpdated,
  InboxEvent.ThreadUrgent,
  InboxEvent.ThreadOverdue,
] as const;
export type ThreadEventName = (typeof THREAD_EVENTS)[number];

export interface ThreadEvent {
  name: ThreadEventName;
  payload: ThreadEventPayload;
}

/** Retry after which "Reconnecting" becomes "Offline": socket.io's backoff puts it a few seconds in. */
export const OFFLINE_AFTER_ATTEMPTS = 4;

@Injectable({ providedIn: 'root' })
export class InboxSocketService {
  private readonly socket = inject(INBOX_SOCKET_FACTORY)();
  private readonly stateSignal = signal<ConnectionState>('connecting');
  private readonly pools = signal<readonly Pool[]>([]);
  private readonly events = new Subject<ThreadEvent>();
  private readonly connects = new Subject<number>();
  private readonly viewerUpdates = new Subject<ThreadViewersPayload>();
  private readonly engagementUpdates = new Subject<EngagementChangedPayload>();
  private viewing: string | null = null;
  private connectCount = 0;

  readonly state = this.stateSignal.asReadonly();
  /** Thread pushes: created, updated, urgent, overdue. */
  readonly threadEvents$: Observable<ThreadEvent> = this.events.asObservable();
  /** Emits on every successful (re)connect; pushes sent while we were away are lost, so callers refetch. */
  readonly connected$: Observable<number> = this.connects.asObservable();
  /** Who has which thread open, as the server announces changes. */
  readonly viewers$: Observable<ThreadViewersPayload> = this.viewerUpdates.asObservable();
  /** Engagement data changed (an import committed); sent only to roles that read the measures. */
  readonly engagementChanged$: Observable<EngagementChangedPayload> = this.engagementUpdates.asObservable();

  constructor() {
    const socket = this.socket;
    socket.on('connect', () => {
      this.connectCount += 1;
      this.stateSignal.set('live');
      // The server forgets rooms with the connection, so every reconnect subscribes again.
      this.sendSubscribe();
      if (this.viewing) socket.emit(InboxCommand.View, { threadId: this.viewing });
      this.connects.next(this.connectCount);
    });
    socket.on('disconnect', () => {
      // `active` is false only when the socket will not retry (we or the server closed it).
      this.stateSignal.set(socket.active ? 'reconnecting' : 'offline');
    });
    socket.on('connect_error', () => {
      // Refused for good (the server rejected the handshake): socket.io will not retry.
      if (!socket.active) this.stateSignal.set('offline');
    });
    // Counted on the manager, once per retry: a single attempt can raise several connect_errors.
    socket.io.on('reconnect_attempt', (attempt: number) => {
      if (attempt >= OFFLINE_AFTER_ATTEMPTS) this.stateSignal.set('offline');
      else if (this.stateSignal() === 'live') this.stateSignal.set('reconnecting');
    });
    socket.on(InboxEvent.ThreadViewers, (payload: ThreadViewersPayload) => this.viewerUpdates.next(payload));
    socket.on(InboxEvent.EngagementChanged, (payload: EngagementChangedPayload) => this.engagementUpdates.next(payload));
    for (const name of THREAD_EVENTS) {
      socket.on(name, (payload: ThreadEventPayload) => this.events.next({ name, payload }));
    }
    inject(DestroyRef).onDestroy(() => {
      socket.disconnect();
      this.events.complete();
      this.connects.complete();
      this.viewerUpdates.complete();
      this.engagementUpdates.complete();
    });
  }

  /** Tell colleagues which thread this person has open (null: none). Re-sent after a reconnect. */
  view(threadId: string | null): void {
    this.viewing = threadId;
    if (this.socket.connected) this.socket.emit(InboxCommand.View, { threadId });
  }

  /** Follow these pools only; an empty list follows every thread of the practice. */
  follow(pools: readonly Pool[]): void {
    this.pools.set([...pools]);
    if (this.socket.connected) this.sendSubscribe();
  }

  private sendSubscribe(): void {
    const pools = this.pools();
    this.socket.emit(InboxCommand.Subscribe, pools.length ? { pools: [...pools] } : {});
  }
}
