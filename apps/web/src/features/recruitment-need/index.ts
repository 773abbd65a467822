import { lazy } from 'react';
import type { Feature } from '../../app/feature.ts';
// Registers the feature's own translations (namespace `recruitmentNeed`) before any page renders.
import './i18n/index.ts';

/** Liaisons and managers manage needs; coaches read them. */
const roles = ['liaison', 'manager', 'coach'] as const;
const writers = ['liaison', 'manager'] as const;

export const recruitmentNeedFeature: Feature = {
  id: 'recruitment-need',
  section: 'recruitmentNeed',
  nav: { to: '/rekryteringsbehov', labelKey: 'nav.recruitmentNeed', roles },
  routes: [
    { path: '/rekryteringsbehov', component: lazy(() => import('./NeedListPage.tsx')), roles },
    // Before `/rekryteringsbehov/:needId`: routes match in order.
    {
      path: '/rekryteringsbehov/nytt',
      component: lazy(() => import('./NeedCreatePage.tsx')),
      roles: writers,
    },
    { path: '/rekryteringsbehov/:needId', component: lazy(() => import('./NeedPage.tsx')), roles },
  ],
};
