import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';

/**
 * A job that runs every few seconds in worker processes only (sweepers, expiry): started after
 * boot, stopped on shutdown, never overlapping itself, and a failure logged as one line.
 */
export abstract class PeriodicTask implements OnApplicationBootstrap, OnModuleDestroy {
  protected readonly logger = new Logger(this.constructor.name);
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  /** Whether this process runs it, and how often. */
  protected abstract schedule(): { enabled: boolean; everyMs: number };

  /** One pass; what it returns is logged when `shouldLog` says so. */
  protected abstract runOnce(): Promise<unknown>;

  /** Passes are quiet unless a subclass says which results are worth a line. */
  protected shouldLog(result: unknown): boolean {
    void result;
    return false;
  }

  onApplicationBootstrap(): void {
    const { enabled, everyMs } = this.schedule();
    if (!enabled) return;
    this.timer = setInterval(() => void this.tick(), everyMs);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const result = await this.runOnce();
      if (this.shouldLog(result)) this.logger.log(result as object, 'pass done');
    } catch (error) {
      this.logger.warn({ reason: error instanceof Error ? error.message : String(error) }, 'pass failed');
    } finally {
      this.running = false;
    }
  }
}
