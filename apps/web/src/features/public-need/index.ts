import { lazy } from 'react';
import type { Feature } from '../../app/feature.ts';
// Registers the feature's own translations (namespace `publicNeed`) before the page renders.
import './i18n/index.ts';

/** The employers' form: a public page, no login ("Vill du rekrytera skräddarsydd kompetens?"). */
export const publicNeedFeature: Feature = {
  id: 'public-need',
  routes: [],
  publicRoutes: [{ path: '/rekrytera', component: lazy(() => import('./PublicNeedPage.tsx')) }],
};
