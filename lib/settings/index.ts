export {
  addUserWord,
  handleAddWord,
  handleMuteRule,
  removeUserWord,
  resetUserSettings,
  setUserChoice,
  type Outcome,
} from './actions';
export { isPlatformEnabled, toCheckerSettings } from './checker';
export { followSettings, loadSettings, loadSettingsWithin, provisionalSettings, watchSettings } from './load';
export { isLocked } from './merge';
export { type Notice, type Resolved } from './resolve';
export { platformIds, type PlatformId, type Settings, type UserLayer } from './schema';
export { exportUserSettings, importUserSettings, type ImportResult } from './transfer';
