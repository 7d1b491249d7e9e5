import { DestroyRef, Injectable, inject, signal } from '@angular/core';

/** How often relative times ("3 min ago") are refreshed; finer would only cost renders. */
export const CLOCK_TICK_MS = 30_000;

/** The current time as a signal, so every "… ago" label on screen moves together. */
@Injectable({ providedIn: 'root' })
export class ClockService {
  private readonly nowMs = signal(Date.now());
  readonly now = this.nowMs.asReadonly();

  constructor() {
    const timer = setInterval(() => this.nowMs.set(Date.now()), CLOCK_TICK_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }
}
