import { lazy } from 'react';
import type { Feature } from '../../app/feature.ts';

export const employerFeature: Feature = {
  id: 'employer',
  section: 'employer',
  nav: { to: '/arbetsgivare', labelKey: 'nav.employer' },
  routes: [{ path: '/arbetsgivare', component: lazy(() => import('./EmployerListPage.tsx')) }],
};
