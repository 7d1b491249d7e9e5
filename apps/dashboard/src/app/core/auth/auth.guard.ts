import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import { SessionStore } from './session.store';

/** Every page but the sign-in page needs a signed-in staff member. */
export const signedInGuard: CanActivateFn = (_route, state) => {
  if (inject(SessionStore).signedIn()) return true;
  return inject(Router).createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};
