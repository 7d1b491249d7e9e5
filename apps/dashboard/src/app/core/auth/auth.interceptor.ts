import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, from, switchMap, throwError } from 'rxjs';
import { SessionStore } from './session.store';

/**
 * Adds the access token to API calls. A 401 gets one refresh and one retry; if the session is
 * gone, the person is sent to sign in again and brought back where they were.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  const withToken = (token: string | null) => (token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request);

  return next(withToken(session.accessToken())).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401) return throwError(() => error);
      return from(session.refresh()).pipe(
        switchMap((refreshed) => {
          if (refreshed) return next(withToken(session.accessToken()));
          void router.navigate(['/login'], { queryParams: { returnUrl: router.url } });
          return throwError(() => error);
        }),
      );
    }),
  );
};
