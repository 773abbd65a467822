import { lazy } from 'react';
import type { Feature } from '../../app/feature.ts';
// Registers the feature's own translations (namespace `matching`) before any page renders.
import './i18n/index.ts';

/** Everyone but administrators (who keep no case records) works the matching loop. */
const roles = ['coach', 'manager', 'liaison'] as const;

export const matchingFeature: Feature = {
  id: 'matching',
  section: 'matching',
  nav: { to: '/matchning', labelKey: 'nav.matching', roles },
  routes: [
    { path: '/matchning', component: lazy(() => import('./MatchingPage.tsx')), roles },
    // The server's notifications link a need as /behov/<id>: the need's page.
    { path: '/behov/:needId', component: lazy(() => import('./NeedRedirect.tsx')), roles },
  ],
};
