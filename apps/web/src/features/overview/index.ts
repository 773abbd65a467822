import { lazy } from 'react';
import type { Feature } from '../../app/feature.ts';

export const overviewFeature: Feature = {
  id: 'overview',
  nav: { to: '/', labelKey: 'nav.overview' },
  routes: [{ path: '/', component: lazy(() => import('./OverviewPage.tsx')) }],
};
