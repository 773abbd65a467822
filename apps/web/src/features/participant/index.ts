import { lazy } from 'react';
import type { Feature } from '../../app/feature.ts';
// Registers the feature's own translations (namespace `participant`) before any page renders.
import './i18n/index.ts';

export const participantFeature: Feature = {
  id: 'participant',
  section: 'participant',
  nav: { to: '/deltagare', labelKey: 'nav.participant' },
  routes: [
    { path: '/deltagare', component: lazy(() => import('./ParticipantListPage.tsx')) },
    // Before `/deltagare/:participantId`: routes match in order.
    { path: '/deltagare/ny', component: lazy(() => import('./IntakePage.tsx')), roles: ['coach'] },
    { path: '/deltagare/:participantId', component: lazy(() => import('./ParticipantPage.tsx')) },
  ],
};
