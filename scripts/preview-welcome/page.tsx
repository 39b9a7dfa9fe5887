import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { Welcome } from '../../components/welcome/Welcome';
import { cleanPolicy } from '../../lib/settings/policy';
import { resolve } from '../../lib/settings/resolve';
import type { UserLayer } from '../../lib/settings/schema';

/** The states a person should see: fresh install, an organisation's locks, English. */
const scenes: Record<string, { policy: Record<string, unknown>; user: UserLayer; browserLang: string }> = {
  plain: { policy: {}, user: {}, browserLang: 'nl-NL' },
  org: {
    policy: {
      organisation: { name: 'Zorggroep Rivierenland' },
      defaults: { linkCheck: true },
      locked: { showWelcome: true, platforms: { tiktok: false } },
    },
    user: {},
    browserLang: 'nl-NL',
  },
  english: { policy: {}, user: {}, browserLang: 'en-GB' },
};

const params = new URLSearchParams(location.search);
const { policy, user, browserLang } = scenes[params.get('scene') ?? 'plain'];
const resolved = resolve(
  cleanPolicy(policy),
  { user, issues: [], migrated: false, newer: false, area: 'sync' },
  browserLang,
);
const actions = {
  setChoice: () => Promise.resolve({ ok: true }),
  openSettings() {},
  openWelcome() {},
  checkUnreadable() {},
};
document.documentElement.lang = resolved.lang;
const root = document.getElementById('app')!;
if (params.get('view') === 'popup') render(<Popup resolved={resolved} actions={actions} />, root);
else render(<Welcome resolved={resolved} actions={actions} />, root);
