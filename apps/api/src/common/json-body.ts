import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { json } from 'express';
import type { ApiError } from '@carequeue/contracts';

/**
 * Body parsing with JSON errors. Express reports a malformed or oversized body through its
 * own HTML error page, before Nest's filters can see it; answer in the API's error shape.
 */
export function useJsonBody(app: INestApplication, limit = '256kb'): void {
  app.use(json({ limit }));
  app.use((err: { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (!err || typeof err.status !== 'number') return next(err);
    const tooLarge = err.type === 'entity.too.large';
    const statusCode = tooLarge ? 413 : 400;
    const payload: ApiError = {
      statusCode,
      error: tooLarge ? 'Payload Too Large' : 'Bad Request',
      message: tooLarge ? `request body exceeds ${limit}` : 'request body is not valid JSON',
      errors: [{ field: 'request', message: tooLarge ? `must be at most ${limit}` : 'must be valid JSON' }],
    };
    res.status(statusCode).json(payload);
  });
}
