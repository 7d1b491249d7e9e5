import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { InboxSocketService, type ConnectionState } from './inbox-socket.service';

const LABELS: Record<ConnectionState, string> = {
  connecting: 'Connecting',
  live: 'Live',
  reconnecting: 'Reconnecting',
  offline: 'Offline',
};

const DESCRIPTIONS: Record<ConnectionState, string> = {
  connecting: 'Connecting to live updates',
  live: 'Receiving new messages as they arrive',
  reconnecting: 'Connection lost; reconnecting. The Inbox catches up when it is back.',
  offline: 'No connection to the CareQueue server; still retrying. The Inbox may be out of date.',
};

/** The live-updates indicator in the header: whether the queue on screen can be trusted. */
@Component({
  selector: 'cq-connection-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span
      class="connection"
      [class]="'connection--' + state()"
      role="status"
      [attr.title]="description()"
    >
      <span class="connection__dot" aria-hidden="true"></span>
      <span class="visually-hidden">Live updates: </span>
      <span data-testid="connection-status">{{ label() }}</span>
    </span>
  `,
  styles: `
    .connection {
      display: inline-flex;
      align-items: center;
      gap: 0.45rem;
      padding: 0.2rem 0.65rem;
      border-radius: 999px;
      font-size: 0.8125rem;
      font-weight: 600;
      background: rgb(255 255 255 / 12%);
      color: #fff;
    }
    .connection__dot {
      width: 0.55rem;
      height: 0.55rem;
      border-radius: 50%;
      background: currentColor;
    }
    .connection--live .connection__dot { background: #4ade80; }
    .connection--connecting .connection__dot,
    .connection--reconnecting .connection__dot { background: #fbbf24; }
    .connection--offline { background: #b42318; }
    .connection--offline .connection__dot { background: #fff; }
  `,
})
export class ConnectionStatusComponent {
  private readonly socket = inject(InboxSocketService);
  protected readonly state = this.socket.state;
  protected readonly label = computed(() => LABELS[this.state()]);
  protected readonly description = computed(() => DESCRIPTIONS[this.state()]);
}
