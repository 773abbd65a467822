import { lazy } from 'react';
import type { Feature } from '../../app/feature.ts';
// Registers the feature's own translations (namespace `participant`) before any page renders.
import './i18n/index.ts';

const caseRoles = ['coach', 'manager'] as const;

export const participantFeature: Feature = {
  id: 'participant',
  section: 'participant',
  // Case records are the coaches' and managers' (the server refuses others; no menu item that 403s).
  nav: { to: '/deltagare', labelKey: 'nav.participant', roles: caseRoles },
  routes: [
    { path: '/deltagare', component: lazy(() => import('./ParticipantListPage.tsx')), roles: caseRoles },
    // Before `/deltagare/:participantId`: routes match in order.
    { path: '/deltagare/ny', component: lazy(() => import('./IntakePage.tsx')), roles: ['coach'] },
    {
      path: '/deltagare/:participantId',
      component: lazy(() => import('./ParticipantPage.tsx')),
      roles: caseRoles,
    },
  ],
};
