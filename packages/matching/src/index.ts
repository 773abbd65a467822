export {
  type Allocation,
  type AllocationProblem,
  type Assignment,
  allocate,
  allocateExactGraph,
  allocateGreedy,
  allocateGreedyGraph,
  type PairGraph,
  selectionScore,
  toPairGraph,
} from './allocation.ts';
export { buildAllocationProblem } from './allocation-problem.ts';
export { type AlternativeOccupation, alternativeOccupations } from './alternatives.ts';
export {
  MatchingEngine,
  type MatchingEngineOptions,
  MatchingIndex,
  type QueryOptions,
  type RankedMatch,
} from './engine.ts';
export { centroidDistance, haversineKm, type LatLng } from './geography.ts';
export {
  createTrainingCatalogue,
  DEFAULT_TRAINING_DATA,
  defaultTrainingCatalogue,
  type TrainingCatalogue,
  type TrainingCatalogueData,
} from './training-catalogue.ts';
export type * from './types.ts';
export {
  DEFAULT_WEIGHTS,
  type MatchingWeights,
  type MatchingWeightsOverride,
  matchingWeightsSchema,
  resolveWeights,
} from './weights.ts';
