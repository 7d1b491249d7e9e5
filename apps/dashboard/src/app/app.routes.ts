import type { Route } from '@angular/router';
import { signedInGuard } from './core/auth/auth.guard';

// Every feature is lazy: the first paint needs only the shell and the Inbox.
const pages: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: 'inbox' },
  { path: 'inbox', loadChildren: () => import('./features/inbox/inbox.routes').then((m) => m.inboxRoutes) },
  {
    path: 'batch',
    title: 'Batch · CareQueue',
    loadComponent: () => import('./features/batch/batch.page').then((m) => m.BatchPage),
  },
  {
    path: 'templates',
    title: 'Templates · CareQueue',
    loadComponent: () => import('./features/templates/templates.page').then((m) => m.TemplatesPage),
  },
  {
    path: 'rules',
    title: 'Rules · CareQueue',
    loadComponent: () => import('./features/rules/rules.page').then((m) => m.RulesPage),
  },
  {
    path: 'engagement',
    title: 'Engagement · CareQueue',
    loadComponent: () => import('./features/engagement/engagement.page').then((m) => m.EngagementPage),
  },
  {
    path: 'operations',
    title: 'Operations · CareQueue',
    loadComponent: () => import('./features/operations/operations.page').then((m) => m.OperationsPage),
  },
  { path: '**', redirectTo: 'inbox' },
];

export const appRoutes: Route[] = [
  {
    path: 'login',
    title: 'Sign in · CareQueue',
    loadComponent: () => import('./features/login/login.page').then((m) => m.LoginPage),
  },
  { path: '', canActivateChild: [signedInGuard], children: pages },
];
