import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import type { DemoLogins, StaffRole } from '@carequeue/contracts';
import { catchError, of } from 'rxjs';
import { DASHBOARD_CONFIG } from '../../core/app-config';
import { SessionStore } from '../../core/auth/session.store';
import { ROLE_LABELS } from '../../core/labels';

/** Sign-in. On the demo practice it also lists the demo users, one click to fill the form. */
@Component({
  selector: 'cq-login-page',
  imports: [FormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login.page.html',
  styleUrl: './login.page.css',
})
export class LoginPage {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly base = inject(DASHBOARD_CONFIG).apiBase;

  /** Where to go afterwards (set by the guard or the interceptor). */
  readonly returnUrl = input<string>('/inbox');

  protected readonly email = signal('');
  protected readonly password = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly roleLabels: Record<StaffRole, string> = ROLE_LABELS;
  protected readonly demo = toSignal(
    inject(HttpClient)
      .get<DemoLogins>(`${this.base}/auth/demo`)
      .pipe(catchError(() => of<DemoLogins>({ demo: false }))),
    { initialValue: { demo: false } as DemoLogins },
  );

  protected useDemo(email: string): void {
    this.email.set(email);
    this.password.set(this.demo().password ?? '');
    this.error.set(null);
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.session.signIn(this.email().trim(), this.password());
      const target = this.returnUrl()?.startsWith('/') && !this.returnUrl().startsWith('/login') ? this.returnUrl() : '/inbox';
      await this.router.navigateByUrl(target);
    } catch (error) {
      this.error.set(this.describe(error));
    } finally {
      this.busy.set(false);
    }
  }

  private describe(error: unknown): string {
    if (error instanceof HttpErrorResponse) {
      if (error.status === 0) return 'CareQueue cannot be reached. Check your connection and try again.';
      const message = (error.error as { message?: unknown } | null)?.message;
      if (typeof message === 'string') return message.charAt(0).toUpperCase() + message.slice(1) + '.';
    }
    return 'Sign-in failed. Try again.';
  }
}
