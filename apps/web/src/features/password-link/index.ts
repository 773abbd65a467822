import { lazy } from 'react';
import type { Feature } from '../../app/feature.ts';
// Registers the feature's own translations (namespace `passwordLink`) before the page renders.
import './i18n/index.ts';

/**
 * The page behind a one-time link from the administrator (a new account, or a password reset):
 * public, the token in the address's fragment (never sent to a server or in a Referer).
 */
export const passwordLinkFeature: Feature = {
  id: 'password-link',
  routes: [],
  publicRoutes: [
    {
      path: '/valj-losenord',
      component: lazy(() => import('./SetPasswordPage.tsx')),
      homeLabelKey: 'passwordHomeLink',
      footerKey: 'passwordFooter',
    },
  ],
};
