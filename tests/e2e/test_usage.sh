#!/usr/bin/env bash
# Usage errors exit 2, failures 1, with one clear line on stderr.
source "$(dirname "$0")/lib.sh"
expect_status 2 "$PARLEY"
expect_status 2 "$PARLEY" frobnicate
expect_status 2 "$PARLEY" export --format pdf
expect_status 2 "$PARLEY" ingest --lang xx "$work"
expect_status 1 "$PARLEY" stats --db "$work/none"
expect_in "$work/err" "no parley database"
[[ $(wc -l <"$work/err") -eq 1 ]] || fail "more than one error line"
expect_status 0 "$PARLEY" --version
echo "ok"
