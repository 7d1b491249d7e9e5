import { ValidationPipe } from '@nestjs/common';
import { validationFailed } from './api-errors';

/** Unknown fields are refused (not silently dropped), and every error names its field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: validationFailed,
  });
}
