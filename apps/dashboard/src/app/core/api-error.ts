import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError } from '@carequeue/contracts';

/** One sentence a clinician can act on, from whatever an API call failed with. */
export function describeApiError(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 0) return 'The CareQueue server cannot be reached. Check your connection; the page will retry.';
    const body = error.error as Partial<ApiError> | null;
    if (body && typeof body.message === 'string' && body.message) return body.message;
    if (error.status >= 500) return 'The CareQueue server had a problem answering. Try again in a moment.';
    return `The request failed (${error.status} ${error.statusText}).`;
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}
