import { lazy } from 'react';
import type { Feature } from '../../app/feature.ts';

export const matchingFeature: Feature = {
  id: 'matching',
  section: 'matching',
  nav: { to: '/matchning', labelKey: 'nav.matching' },
  routes: [{ path: '/matchning', component: lazy(() => import('./MatchingPage.tsx')) }],
};
