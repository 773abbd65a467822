import { lazy } from 'react';
import type { Feature } from '../../app/feature.ts';
// Registers the feature's own translations (namespace `admin`) before the page renders.
import './i18n/index.ts';

/** Accounts, units and the municipality's settings: administrators only (the server checks too). */
const roles = ['admin'] as const;

export const adminFeature: Feature = {
  id: 'admin',
  section: 'admin',
  nav: { to: '/administration', labelKey: 'nav.admin', roles },
  routes: [{ path: '/administration', component: lazy(() => import('./AdminPage.tsx')), roles }],
};
