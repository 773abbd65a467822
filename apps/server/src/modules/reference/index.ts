export {
  createReferenceData,
  loadReferenceData,
  type ReferenceData,
  startReferenceRefresh,
} from './reference-data.ts';
export { checkProfile, type VocabularyCheck, vocabularyCheck } from './vocabulary-check.ts';
