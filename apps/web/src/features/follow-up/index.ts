import { lazy } from 'react';
import type { Feature } from '../../app/feature.ts';
// Registers the feature's own translations (namespace `followUp`) before any page renders.
import './i18n/index.ts';

export const followUpFeature: Feature = {
  id: 'follow-up',
  section: 'followUp',
  nav: { to: '/uppfoljning', labelKey: 'nav.followUp' },
  routes: [{ path: '/uppfoljning', component: lazy(() => import('./FollowUpPage.tsx')) }],
};
