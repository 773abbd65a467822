import { lazy } from 'react';
import type { Feature } from '../../app/feature.ts';

const roles = ['admin', 'manager'] as const;

export const adminFeature: Feature = {
  id: 'admin',
  section: 'admin',
  nav: { to: '/administration', labelKey: 'nav.admin', roles },
  routes: [{ path: '/administration', component: lazy(() => import('./AdminPage.tsx')), roles }],
};
