import { lazy } from 'react';
import type { Feature } from '../../app/feature.ts';
// Registers the feature's own translations (namespace `employer`) before any page renders.
import './i18n/index.ts';

/** Liaisons and managers manage employers; coaches read them and may register a new one. */
const roles = ['liaison', 'manager', 'coach'] as const;

export const employerFeature: Feature = {
  id: 'employer',
  section: 'employer',
  nav: { to: '/arbetsgivare', labelKey: 'nav.employer', roles },
  routes: [
    { path: '/arbetsgivare', component: lazy(() => import('./EmployerListPage.tsx')), roles },
    // Before `/arbetsgivare/:employerId`: routes match in order.
    { path: '/arbetsgivare/ny', component: lazy(() => import('./EmployerCreatePage.tsx')), roles },
    { path: '/arbetsgivare/:employerId', component: lazy(() => import('./EmployerPage.tsx')), roles },
  ],
};
