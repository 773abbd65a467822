import { lazy } from 'react';
import type { Feature } from '../../app/feature.ts';

/** The user's own account; reached from the header, so it has no menu entry. */
export const accountFeature: Feature = {
  id: 'account',
  routes: [{ path: '/konto/losenord', component: lazy(() => import('./ChangePasswordPage.tsx')) }],
};
