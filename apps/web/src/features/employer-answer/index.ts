import { lazy } from 'react';
import type { Feature } from '../../app/feature.ts';
// Registers the feature's own translations (namespace `employerAnswer`) before the page renders.
import './i18n/index.ts';

/**
 * The employer's page behind a presentation link: public (no login, never sent to the login
 * page), the candidates with exactly the fields they consented to share, and an answer for each.
 */
export const employerAnswerFeature: Feature = {
  id: 'employer-answer',
  routes: [],
  publicRoutes: [
    {
      path: '/svar/:token',
      component: lazy(() => import('./EmployerAnswerPage.tsx')),
      homeLabelKey: 'answerHomeLink',
      footerKey: 'answerFooter',
    },
  ],
};
