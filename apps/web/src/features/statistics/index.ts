import { lazy } from 'react';
import type { Feature } from '../../app/feature.ts';
// Registers the feature's own translations (namespace `statistics`) before the page renders.
import './i18n/index.ts';

/** Coaches follow their units' results; managers also set the goals (the server checks too). */
const roles = ['coach', 'manager'] as const;

export const statisticsFeature: Feature = {
  id: 'statistics',
  section: 'statistics',
  nav: { to: '/statistik', labelKey: 'nav.statistics', roles },
  routes: [{ path: '/statistik', component: lazy(() => import('./StatisticsPage.tsx')), roles }],
};
