import { InjectionToken } from '@angular/core';

/** Where the dashboard finds its API and socket server, and how much it asks for at once. */
export interface DashboardConfig {
  /** Same origin by default: the API serves the built dashboard from one port. */
  apiBase: string;
  socketPath: string;
  /** Threads fetched when the Inbox opens; the API caps a page at 200. */
  inboxPageSize: number;
}

export const DEFAULT_DASHBOARD_CONFIG: DashboardConfig = {
  apiBase: '/api/v1',
  socketPath: '/socket.io',
  inboxPageSize: 100,
};

export const DASHBOARD_CONFIG = new InjectionToken<DashboardConfig>('DASHBOARD_CONFIG', {
  providedIn: 'root',
  factory: () => DEFAULT_DASHBOARD_CONFIG,
});
