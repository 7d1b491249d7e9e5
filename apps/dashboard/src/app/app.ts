import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { SessionStore } from './core/auth/session.store';
import { ROLE_LABELS } from './core/labels';
import { ConnectionStatusComponent } from './core/connection-status.component';

export type NavIcon = 'inbox' | 'batch' | 'templates' | 'rules' | 'engagement' | 'operations';

export const NAV_ITEMS: readonly { path: string; label: string; icon: NavIcon }[] = [
  { path: 'inbox', label: 'Inbox', icon: 'inbox' },
  { path: 'batch', label: 'Batch', icon: 'batch' },
  { path: 'templates', label: 'Templates', icon: 'templates' },
  { path: 'rules', label: 'Rules', icon: 'rules' },
  { path: 'engagement', label: 'Engagement', icon: 'engagement' },
  { path: 'operations', label: 'Operations', icon: 'operations' },
];

/** The frame around every page: product name, live-connection indicator, navigation. */
@Component({
  selector: 'cq-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, ConnectionStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.html',
  styleUrl: './app.css',
})
export class App {
  protected readonly navItems = NAV_ITEMS;
  protected readonly session = inject(SessionStore);
  protected readonly roleLabels = ROLE_LABELS;

  /** A full reload after signing out drops every store and socket of the last session. */
  protected async signOut(): Promise<void> {
    await this.session.signOut();
    window.location.assign('/login');
  }
}
