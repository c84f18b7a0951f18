# Debian's chromium for the browser tests (sourced by .ci/run; usable by hand too).
# Playwright drives it at /usr/bin/chromium; no browser is ever downloaded by Playwright.

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  fi
  /usr/bin/chromium --version
}
