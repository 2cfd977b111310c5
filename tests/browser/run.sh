#!/usr/bin/env bash
# Runs the dashboard test (dashboard.test.mjs) against a real `parley serve` over the bundled
# examples, in headless Chromium. Installs playwright-core from the lockfile into $BROWSER_TESTS
# (in the build tree) the first time; screenshots are kept in $ARTEFACTS.
set -euo pipefail
: "${PARLEY:?PARLEY must point to the parley binary}"
: "${PARLEY_SOURCE:?PARLEY_SOURCE must point to the source tree}"
: "${BROWSER_TESTS:?BROWSER_TESTS must name a folder for node_modules}"
: "${ARTEFACTS:?ARTEFACTS must name a folder for the screenshots}"
here="$PARLEY_SOURCE/tests/browser"

mkdir -p "$BROWSER_TESTS"
if ! cmp -s "$here/package-lock.json" "$BROWSER_TESTS/package-lock.json" || [[ ! -d "$BROWSER_TESTS/node_modules/playwright-core" ]]; then
  cp "$here/package.json" "$here/package-lock.json" "$BROWSER_TESTS/"
  (cd "$BROWSER_TESTS" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
fi
cp "$here/dashboard.test.mjs" "$BROWSER_TESTS/"

work=$(mktemp -d)
server=""
cleanup() { [[ -n "$server" ]] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

"$PARLEY" ingest --db "$work/db" "$PARLEY_SOURCE/examples/articles" >/dev/null
"$PARLEY" serve --db "$work/db" --port 0 >"$work/serve.out" 2>&1 &
server=$!
for _ in $(seq 50); do
  grep -q 'http://' "$work/serve.out" && break
  sleep 0.1
done
url=$(grep -o 'http://[0-9.:]*/' "$work/serve.out" | head -1)
[[ -n "$url" ]] || { cat "$work/serve.out" >&2; echo "FAIL: parley serve did not start" >&2; exit 1; }
node "$BROWSER_TESTS/dashboard.test.mjs" "$url" "$ARTEFACTS"
