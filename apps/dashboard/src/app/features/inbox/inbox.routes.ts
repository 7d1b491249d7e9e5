import type { Routes } from '@angular/router';
import { InboxStore } from './inbox.store';

export const inboxRoutes: Routes = [
  {
    path: '',
    // Provided here rather than on the page so the queue, its filters and live updates
    // survive a visit to a thread and back.
    providers: [InboxStore],
    children: [
      { path: '', title: 'Inbox · CareQueue', loadComponent: () => import('./inbox.page').then((m) => m.InboxPage) },
      { path: ':id', title: 'Thread · CareQueue', loadComponent: () => import('./thread.page').then((m) => m.ThreadPage) },
    ],
  },
];
