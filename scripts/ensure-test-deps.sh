#!/usr/bin/env bash
# Installs the Debian packages the tests need when they are missing: redis-server (state tests run
# against a real Redis) and chromium (browser tests). Idempotent and quiet: with both present it does
# nothing; otherwise it runs `apt-get update` once and installs only what is missing.
# Runs as `pretest` (npm test) and from CI.
set -euo pipefail

missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ -x /usr/bin/chromium ] || missing+=(chromium)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "ensure-test-deps: ${missing[*]} missing, and installing needs root (or sudo)." >&2
  exit 1
fi

echo "ensure-test-deps: installing ${missing[*]}" >&2
apt_opts=(-qq -o DPkg::Lock::Timeout=300 -o Dpkg::Use-Pty=0)
${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" update >/dev/null
${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" install -y --no-install-recommends "${missing[@]}" >/dev/null

# Fail here, with a clear message, rather than in the middle of the test run.
command -v redis-server >/dev/null 2>&1 || { echo "ensure-test-deps: redis-server is still missing" >&2; exit 1; }
[ -x /usr/bin/chromium ] || { echo "ensure-test-deps: /usr/bin/chromium is still missing" >&2; exit 1; }
echo "ensure-test-deps: done" >&2
