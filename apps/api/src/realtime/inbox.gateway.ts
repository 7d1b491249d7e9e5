import { Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import {
  INBOX_NAMESPACE,
  InboxCommand,
  POOLS,
  Rooms,
  type InboxEventName,
  type Pool,
  type SubscribeAck,
  type ThreadEventPayload,
} from '@carequeue/contracts';
import type { Namespace, Socket } from 'socket.io';

@WebSocketGateway({ namespace: INBOX_NAMESPACE, cors: { origin: false } })
export class InboxGateway implements OnGatewayConnection {
  private readonly logger = new Logger(InboxGateway.name);

  @WebSocketServer()
  server!: Namespace;

  handleConnection(client: Socket): void {
    this.logger.debug({ socketId: client.id }, 'inbox socket connected');
  }

  /** Follow some pools, or (no pools given) every thread of the practice. Replaces earlier rooms. */
  @SubscribeMessage(InboxCommand.Subscribe)
  async subscribe(@ConnectedSocket() client: Socket, @MessageBody() body: unknown): Promise<SubscribeAck> {
    const requested = (body as { pools?: unknown } | null)?.pools;
    const pools = Array.isArray(requested) ? requested.filter((p): p is Pool => (POOLS as readonly unknown[]).includes(p)) : [];
    const rooms = pools.length ? pools.map(Rooms.pool) : [Rooms.practice];
    for (const room of client.rooms) if (room !== client.id) await client.leave(room);
    await client.join(rooms);
    return { rooms };
  }

  emitThread(event: InboxEventName, payload: ThreadEventPayload): void {
    const rooms: string[] = [Rooms.practice];
    if (payload.thread.pool) rooms.push(Rooms.pool(payload.thread.pool));
    this.server.to(rooms).emit(event, payload);
  }
}
