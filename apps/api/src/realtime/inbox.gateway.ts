import { Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayDisconnect,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import {
  INBOX_NAMESPACE,
  InboxCommand,
  Rooms,
  type EngagementChangedPayload,
  type InboxEventName,
  type Pool,
  type SubscribeAck,
  type ThreadEventPayload,
  type ThreadViewersPayload,
  InboxEvent,
} from '@carequeue/contracts';
import type { Namespace, Socket } from 'socket.io';
import { canReadEngagement, readablePools, seesWholePractice } from '@carequeue/contracts';
import type { AccessTokenClaims } from '../auth/principal';
import { Presence } from './presence';

interface SocketData {
  staff: AccessTokenClaims;
}

@WebSocketGateway({ namespace: INBOX_NAMESPACE, cors: { origin: false } })
export class InboxGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect {
  private readonly logger = new Logger(InboxGateway.name);

  @WebSocketServer()
  server!: Namespace;

  private readonly presence = new Presence();

  constructor(private readonly jwt: JwtService) {}

  /** The handshake must carry a valid access token (`auth: { token }`); others never connect. */
  afterInit(namespace: Namespace): void {
    namespace.use((socket, next) => {
      const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
      if (typeof token !== 'string' || !token) return next(new Error('unauthorized: sign in first'));
      this.jwt
        .verifyAsync<AccessTokenClaims>(token)
        .then((claims) => {
          (socket.data as SocketData).staff = claims;
          next();
        })
        .catch(() => next(new Error('unauthorized: the access token is invalid or has expired')));
    });
  }

  /**
   * Follow some pools, or (no pools given) everything the role may see. Pools the role may not
   * read are dropped; the answer lists the rooms actually joined. Replaces earlier rooms.
   */
  @SubscribeMessage(InboxCommand.Subscribe)
  async subscribe(@ConnectedSocket() client: Socket, @MessageBody() body: unknown): Promise<SubscribeAck> {
    const role = (client.data as SocketData).staff.role;
    const allowed = readablePools(role);
    const requested = (body as { pools?: unknown } | null)?.pools;
    const pools = Array.isArray(requested) ? allowed.filter((p) => requested.includes(p)) : [];
    let rooms: string[];
    if (pools.length) rooms = pools.map(Rooms.pool);
    else rooms = seesWholePractice(role) ? [Rooms.practice] : allowed.map((p: Pool) => Rooms.pool(p));
    for (const room of client.rooms) if (room !== client.id && room !== Rooms.engagement) await client.leave(room);
    await client.join(rooms);
    this.logger.debug({ socketId: client.id, rooms }, 'inbox subscription');
    return { rooms };
  }

  /**
   * "I have this thread open" (or `threadId: null`, closed it). Everyone in the practice room
   * sees who is viewing; the thread id is all that is shared, never its content.
   */
  @SubscribeMessage(InboxCommand.View)
  view(@ConnectedSocket() client: Socket, @MessageBody() body: unknown): { ok: true } {
    const requested = (body as { threadId?: unknown } | null)?.threadId;
    const threadId = typeof requested === 'string' && /^[0-9a-f-]{36}$/i.test(requested) ? requested : null;
    const staff = (client.data as SocketData).staff;
    this.announceViewers(this.presence.view(client.id, threadId, { userId: staff.sub, name: staff.name, role: staff.role }));
    return { ok: true };
  }

  /** Engagement readers hear when the figures change, whichever pools they follow. */
  async handleConnection(client: Socket): Promise<void> {
    if (canReadEngagement((client.data as SocketData).staff.role)) await client.join(Rooms.engagement);
  }

  handleDisconnect(client: Socket): void {
    this.announceViewers(this.presence.leave(client.id));
  }

  private announceViewers(threadIds: string[]): void {
    for (const threadId of threadIds) {
      const payload: ThreadViewersPayload = { threadId, viewers: this.presence.viewers(threadId) };
      this.server.to(Rooms.practice).emit(InboxEvent.ThreadViewers, payload);
    }
  }

  emitThread(event: InboxEventName, payload: ThreadEventPayload): void {
    const rooms: string[] = [Rooms.practice];
    if (payload.thread.pool) rooms.push(Rooms.pool(payload.thread.pool));
    // Emergencies and missed deadlines also reach the nurses, who supervise clinical queues.
    if (event === InboxEvent.ThreadUrgent || event === InboxEvent.ThreadOverdue) rooms.push(Rooms.pool('nurse'), Rooms.pool('physician'));
    this.server.to([...new Set(rooms)]).emit(event, payload);
  }

  emitEngagementChanged(payload: EngagementChangedPayload): void {
    this.server.to(Rooms.engagement).emit(InboxEvent.EngagementChanged, payload);
  }
}
