#!/bin/sh
# Starts a browser that sees a per-run policy folder in place of the machine-wide one.
#
# Chromium reads /etc/chromium/policies/managed/ and Firefox its distribution/policies.json:
# every browser on the machine reads them, so a test that wrote there would reach other
# engineers' runs (a force-install policy even installs the extension in their browsers).
# Here the browser runs in a private mount namespace in which ZORGVULDIG_POLICY_SOURCE (a
# temporary folder) is bind-mounted over ZORGVULDIG_POLICY_TARGET; nothing is written to the
# real path and the mount ends with the browser. Set by tests/e2e/policy-sandbox.ts:
#   ZORGVULDIG_BROWSER         the browser to start, with this script's arguments
#   ZORGVULDIG_UNSHARE_FLAGS   "--mount" as root, "--map-root-user --mount" otherwise
set -eu
: "${ZORGVULDIG_POLICY_SOURCE:?}" "${ZORGVULDIG_POLICY_TARGET:?}" "${ZORGVULDIG_BROWSER:?}"
# shellcheck disable=SC2086 # the flags are two words on purpose
exec unshare ${ZORGVULDIG_UNSHARE_FLAGS:---mount} --propagation private -- sh -c '
  mount --bind "$ZORGVULDIG_POLICY_SOURCE" "$ZORGVULDIG_POLICY_TARGET" || {
    echo "policy-namespace.sh: could not bind $ZORGVULDIG_POLICY_SOURCE over $ZORGVULDIG_POLICY_TARGET" >&2
    exit 70
  }
  exec "$ZORGVULDIG_BROWSER" "$@"' policy-namespace "$@"
