import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { json } from 'express';
import type { ApiError } from '@carequeue/contracts';

/**
 * Routes that legitimately carry large bodies, with their own limit; everything else keeps the
 * small default. The engagement import takes batches of 10,000+ records (about 2 MB).
 */
export const LARGE_BODY_LIMITS: Readonly<Record<string, string>> = { '/api/v1/import': '20mb' };

/**
 * Body parsing with JSON errors. Express reports a malformed or oversized body through its
 * own HTML error page, before Nest's filters can see it; answer in the API's error shape.
 */
export function useJsonBody(app: INestApplication, limit = '256kb'): void {
  // Registered first: body-parser skips a body another parser already read, so the default limit
  // below applies only to the other routes.
  for (const [path, large] of Object.entries(LARGE_BODY_LIMITS)) app.use(path, json({ limit: large }));
  app.use(json({ limit }));
  app.use((err: { type?: string; status?: number }, req: Request, res: Response, next: NextFunction) => {
    if (!err || typeof err.status !== 'number') return next(err);
    const tooLarge = err.type === 'entity.too.large';
    const applies = LARGE_BODY_LIMITS[req.path] ?? limit;
    const statusCode = tooLarge ? 413 : 400;
    const payload: ApiError = {
      statusCode,
      error: tooLarge ? 'Payload Too Large' : 'Bad Request',
      message: tooLarge ? `request body exceeds ${applies}` : 'request body is not valid JSON',
      errors: [{ field: 'request', message: tooLarge ? `must be at most ${applies}` : 'must be valid JSON' }],
    };
    res.status(statusCode).json(payload);
  });
}
