import { BadRequestException, HttpStatus, UnprocessableEntityException, ValidationError } from '@nestjs/common';
import type { ApiError, FieldError } from '@carequeue/contracts';

/** Flattens class-validator's tree into `field.path: message` pairs. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

function body(statusCode: number, error: string, errors: FieldError[]): ApiError {
  const message = errors.map((e) => e.message).join('; ');
  return { statusCode, error, message, errors };
}

export function fieldBadRequest(field: string, message: string): BadRequestException {
  return new BadRequestException(body(HttpStatus.BAD_REQUEST, 'Bad Request', [{ field, message }]));
}

export function fieldUnprocessable(field: string, message: string): UnprocessableEntityException {
  return new UnprocessableEntityException(body(HttpStatus.UNPROCESSABLE_ENTITY, 'Unprocessable Entity', [{ field, message }]));
}

export function validationFailed(errors: ValidationError[]): BadRequestException {
  return new BadRequestException(body(HttpStatus.BAD_REQUEST, 'Bad Request', toFieldErrors(errors)));
}
