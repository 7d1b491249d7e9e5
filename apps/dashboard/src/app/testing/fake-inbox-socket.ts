import type { InboxSocket, InboxSocketFactory } from '../core/inbox-socket.service';

type Listener = (...args: unknown[]) => void;

/**
 * Stands in for a socket.io client in unit tests: records what was emitted and lets a test
 * play the server (`serverSends`) or the network (`connectNow`, `drop`, `failAttempt`).
 */
export class FakeInboxSocket {
  connected = false;
  /** socket.io's "will keep retrying" flag. */
  active = true;
  readonly emitted: { event: string; args: unknown[] }[] = [];
  disconnectCalls = 0;
  /** How many sockets the factory was asked to open. */
  connectCalls = 0;
  private readonly listeners = new Map<string, Listener[]>();
  private readonly managerListeners = new Map<string, Listener[]>();
  /** The manager (`socket.io`), which reports reconnection attempts. */
  readonly io = {
    on: (event: string, listener: Listener) => {
      this.managerListeners.set(event, [...(this.managerListeners.get(event) ?? []), listener]);
      return this.io;
    },
  };
  private attempts = 0;

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  emit(event: string, ...args: unknown[]): this {
    this.emitted.push({ event, args });
    return this;
  }

  disconnect(): this {
    this.disconnectCalls += 1;
    this.connected = false;
    this.active = false;
    return this;
  }

  connectNow(): void {
    this.attempts = 0;
    this.connected = true;
    this.active = true;
    this.fire('connect');
  }

  drop(reason = 'transport close'): void {
    this.connected = false;
    this.fire('disconnect', reason);
  }

  /** One reconnection attempt by the manager, failing. */
  failAttempt(): void {
    this.attempts += 1;
    for (const listener of this.managerListeners.get('reconnect_attempt') ?? []) listener(this.attempts);
    this.fire('connect_error', new Error('xhr poll error'));
  }

  /** The server refuses the handshake; socket.io gives up. */
  refuse(): void {
    this.active = false;
    this.fire('connect_error', new Error('unauthorized'));
  }

  serverSends(event: string, payload: unknown): void {
    this.fire(event, payload);
  }

  private fire(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }

  /** A factory for the INBOX_SOCKET_FACTORY token that hands out this fake. */
  factory(): InboxSocketFactory {
    return () => {
      this.connectCalls += 1;
      return this as unknown as InboxSocket;
    };
  }
}
