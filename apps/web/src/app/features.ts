import { accountFeature } from '../features/account/index.ts';
import { adminFeature } from '../features/admin/index.ts';
import { employerFeature } from '../features/employer/index.ts';
import { employerAnswerFeature } from '../features/employer-answer/index.ts';
import { followUpFeature } from '../features/follow-up/index.ts';
import { matchingFeature } from '../features/matching/index.ts';
import { overviewFeature } from '../features/overview/index.ts';
import { participantFeature } from '../features/participant/index.ts';
import { passwordLinkFeature } from '../features/password-link/index.ts';
import { publicNeedFeature } from '../features/public-need/index.ts';
import { recruitmentNeedFeature } from '../features/recruitment-need/index.ts';
import { statisticsFeature } from '../features/statistics/index.ts';
import type { AppRoute, Feature, PublicRoute } from './feature.ts';

/** All areas of the app, in menu order. */
export const features: readonly Feature[] = [
  overviewFeature,
  participantFeature,
  employerFeature,
  recruitmentNeedFeature,
  matchingFeature,
  followUpFeature,
  statisticsFeature,
  adminFeature,
  accountFeature,
  publicNeedFeature,
  employerAnswerFeature,
  passwordLinkFeature,
];

export const routes: readonly AppRoute[] = features.flatMap((feature) => feature.routes);

/** Pages without login (see Feature.publicRoutes). */
export const publicRoutes: readonly PublicRoute[] = features.flatMap((feature) => feature.publicRoutes ?? []);
