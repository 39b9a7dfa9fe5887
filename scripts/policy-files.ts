/**
 * The browser policy files that install and configure Zorgvuldig, built in one place: the
 * examples in docs/admin/examples/ and the real-browser tests that install by policy use these,
 * so what the docs show is what the tests prove.
 */
export const GECKO_ID = 'zorgvuldig@zorgvuldig.nl';

type Policy = Record<string, unknown>;

/** Chrome/Edge/Chromium (Linux JSON, and the same keys in the registry and on macOS). */
export function chromePolicyFile(opts: { id: string; updateUrl: string; policy: Policy }): Policy {
  return {
    ExtensionInstallForcelist: [`${opts.id};${opts.updateUrl}`],
    '3rdparty': { extensions: { [opts.id]: opts.policy } },
  };
}

/** Firefox policies.json: install from `installUrl` (a signed XPI) and configure. */
export function firefoxPolicyFile(opts: { installUrl: string; policy: Policy }): { policies: Policy } {
  return {
    policies: {
      ExtensionSettings: {
        [GECKO_ID]: { installation_mode: 'force_installed', install_url: opts.installUrl },
      },
      '3rdparty': { Extensions: { [GECKO_ID]: opts.policy } },
    },
  };
}
