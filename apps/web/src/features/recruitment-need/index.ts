import { lazy } from 'react';
import type { Feature } from '../../app/feature.ts';

export const recruitmentNeedFeature: Feature = {
  id: 'recruitment-need',
  section: 'recruitmentNeed',
  nav: { to: '/rekryteringsbehov', labelKey: 'nav.recruitmentNeed' },
  routes: [{ path: '/rekryteringsbehov', component: lazy(() => import('./RecruitmentNeedListPage.tsx')) }],
};
