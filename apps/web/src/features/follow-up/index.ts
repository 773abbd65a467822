import { lazy } from 'react';
import type { Feature } from '../../app/feature.ts';

export const followUpFeature: Feature = {
  id: 'follow-up',
  section: 'followUp',
  nav: { to: '/uppfoljning', labelKey: 'nav.followUp' },
  routes: [{ path: '/uppfoljning', component: lazy(() => import('./FollowUpPage.tsx')) }],
};
