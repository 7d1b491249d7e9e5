import type { Logger } from '@nestjs/common';

/**
 * An outage makes queue clients fail every few hundred milliseconds; one line per interval
 * says the same thing without flooding the log.
 */
export function throttledWarning(logger: Logger, message: string, intervalMs = 30_000): (error: Error) => void {
  let last = 0;
  let suppressed = 0;
  return (error) => {
    const now = Date.now();
    if (now - last < intervalMs) {
      suppressed++;
      return;
    }
    logger.warn({ reason: error.message, suppressed }, message);
    last = now;
    suppressed = 0;
  };
}
