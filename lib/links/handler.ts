import type { LinkChecker } from './live-check';
import type { LinkStatusRequest, LinkStatusResponse } from './messages';

export type LinkStatusDeps = {
  checker: LinkChecker;
  /** The user (or policy) turned the live check on and the host permission is granted. */
  enabled: () => boolean | Promise<boolean>;
};

/** The background's answer to 'linkStatus': with the feature off, no request goes out at all. */
export function createLinkStatusHandler(deps: LinkStatusDeps) {
  return async (request: LinkStatusRequest): Promise<LinkStatusResponse> => {
    const on = await deps.enabled();
    const statuses = await Promise.all(
      request.urls.map(async (url) => ({ url, status: (on && (await deps.checker.check(url))) || null })),
    );
    return { statuses };
  };
}
