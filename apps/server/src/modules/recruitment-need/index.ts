export { conceptLabels as conceptLabelsFor } from './need-rules.ts';
export { type NeedRow, recruitmentNeedRepository } from './recruitment-need.repository.ts';
export { publicNeedRoutes, recruitmentNeedRoutes } from './recruitment-need.routes.ts';
export { suggestionsFor } from './suggest-for-need.ts';
