import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { ApiError } from '@carequeue/contracts';

/**
 * HTTP exceptions pass through in their own shape. Anything else is a bug: log its class and
 * message (never the request body) and answer a plain 500 without internals.
 */
@Catch()
export class AllExceptionsFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('Unhandled');

  override catch(exception: unknown, host: ArgumentsHost): void {
    if (exception instanceof HttpException || host.getType() !== 'http') {
      super.catch(exception, host);
      return;
    }
    const error = exception instanceof Error ? exception : new Error(String(exception));
    this.logger.error({ err: { type: error.name, message: error.message, stack: error.stack } }, 'unhandled error');
    const payload: ApiError = {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      error: 'Internal Server Error',
      message: 'An unexpected error occurred; it has been logged.',
    };
    host.switchToHttp().getResponse().status(500).json(payload);
  }
}
