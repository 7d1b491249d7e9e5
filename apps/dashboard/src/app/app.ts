import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { ENGAGEMENT_ROLES, OPERATIONS_ROLES, type StaffRole } from '@carequeue/contracts';
import { SessionStore } from './core/auth/session.store';
import { ROLE_LABELS } from './core/labels';
import { ConnectionStatusComponent } from './core/connection-status.component';

export type NavIcon = 'inbox' | 'batch' | 'templates' | 'rules' | 'engagement' | 'operations';

/** A page in the side navigation; `roles` limits who sees the link (the server enforces the same). */
export interface NavItem {
  path: string;
  label: string;
  icon: NavIcon;
  roles?: readonly StaffRole[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: 'inbox', label: 'Inbox', icon: 'inbox' },
  { path: 'batch', label: 'Batch', icon: 'batch' },
  { path: 'templates', label: 'Templates', icon: 'templates' },
  { path: 'rules', label: 'Rules', icon: 'rules' },
  { path: 'engagement', label: 'Engagement', icon: 'engagement', roles: ENGAGEMENT_ROLES },
  { path: 'operations', label: 'Operations', icon: 'operations', roles: OPERATIONS_ROLES },
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
  protected readonly session = inject(SessionStore);
  protected readonly navItems = computed(() => {
    const role = this.session.user()?.role;
    return NAV_ITEMS.filter((item) => !item.roles || (role !== undefined && item.roles.includes(role)));
  });
  protected readonly roleLabels = ROLE_LABELS;

  /** A full reload after signing out drops every store and socket of the last session. */
  protected async signOut(): Promise<void> {
    await this.session.signOut();
    window.location.assign('/login');
  }
}
