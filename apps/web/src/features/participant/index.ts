import { lazy } from 'react';
import type { Feature } from '../../app/feature.ts';

export const participantFeature: Feature = {
  id: 'participant',
  section: 'participant',
  nav: { to: '/deltagare', labelKey: 'nav.participant' },
  routes: [{ path: '/deltagare', component: lazy(() => import('./ParticipantListPage.tsx')) }],
};
