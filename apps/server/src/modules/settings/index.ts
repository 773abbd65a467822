// The municipality's settings. Other modules read them through `settingsRepository.get`.
export {
  DEFAULT_EXIT_CORRECTION_DAYS,
  type MunicipalitySettings,
  settingsRepository,
} from './settings.repository.ts';
export { settingsRoutes } from './settings.routes.ts';
