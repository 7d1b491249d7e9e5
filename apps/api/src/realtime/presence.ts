import type { ThreadViewer } from '@carequeue/contracts';

/**
 * Who has which thread open, per socket. In memory: correct for one API process; several
 * processes would keep it in Redis (noted in docs/ARCHITECTURE.md).
 */
export class Presence {
  private readonly bySocket = new Map<string, { threadId: string; viewer: ThreadViewer }>();

  /** Records what a socket views now; returns the threads whose viewer lists changed. */
  view(socketId: string, threadId: string | null, viewer: ThreadViewer): string[] {
    const before = this.bySocket.get(socketId)?.threadId ?? null;
    if (before === threadId) return [];
    if (threadId) this.bySocket.set(socketId, { threadId, viewer });
    else this.bySocket.delete(socketId);
    return [before, threadId].filter((id): id is string => id !== null);
  }

  leave(socketId: string): string[] {
    const before = this.bySocket.get(socketId);
    this.bySocket.delete(socketId);
    return before ? [before.threadId] : [];
  }

  /** Distinct people (one entry per user, however many tabs they have open). */
  viewers(threadId: string): ThreadViewer[] {
    const seen = new Map<string, ThreadViewer>();
    for (const entry of this.bySocket.values()) if (entry.threadId === threadId) seen.set(entry.viewer.userId, entry.viewer);
    return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}
