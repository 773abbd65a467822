import { lazy } from 'react';
import type { Feature } from '../../app/feature.ts';

export const statisticsFeature: Feature = {
  id: 'statistics',
  section: 'statistics',
  nav: { to: '/statistik', labelKey: 'nav.statistics' },
  routes: [{ path: '/statistik', component: lazy(() => import('./StatisticsPage.tsx')) }],
};
