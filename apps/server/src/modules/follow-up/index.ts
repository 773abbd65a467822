export { followUpDailyJob } from './follow-up.jobs.ts';
export { type FollowUpRow, followUpRepository } from './follow-up.repository.ts';
export { followUpRoutes } from './follow-up.routes.ts';
