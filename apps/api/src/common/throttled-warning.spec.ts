import type { Logger } from '@nestjs/common';
import { throttledWarning } from './throttled-warning';

describe('throttledWarning', () => {
  it('logs once per interval and counts what it held back', () => {
    const warn = jest.fn();
    const now = jest.spyOn(Date, 'now');
    const report = throttledWarning({ warn } as unknown as Logger, 'redis down', 1_000);

    now.mockReturnValue(10_000);
    report(new Error('ECONNREFUSED'));
    now.mockReturnValue(10_500);
    report(new Error('ECONNREFUSED'));
    report(new Error('ECONNREFUSED'));
    now.mockReturnValue(11_001);
    report(new Error('ECONNRESET'));

    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenNthCalledWith(1, { reason: 'ECONNREFUSED', suppressed: 0 }, 'redis down');
    expect(warn).toHaveBeenNthCalledWith(2, { reason: 'ECONNRESET', suppressed: 2 }, 'redis down');
    now.mockRestore();
  });
});
