#!/usr/bin/env bash
# stats counts what was stored; actors finds people by names in any language.
source "$(dirname "$0")/lib.sh"
write_articles "$work/a.jsonl"
expect_status 0 "$PARLEY" ingest --db "$work/db" "$work/a.jsonl"
expect_status 0 "$PARLEY" stats --db "$work/db" --json
[[ $(json_get "$work/out" 'j["articles"]') == 3 ]] || fail "articles"
[[ $(json_get "$work/out" 'j["by_type"]["called"]') == 1 ]] || fail "called"
[[ $(json_get "$work/out" 'j["mentions"] >= 4') == True ]] || fail "mentions"
[[ $(json_get "$work/out" 'j["last_date"]') == 2023-11-03 ]] || fail "last date"
expect_status 0 "$PARLEY" actors --db "$work/db" "لاوروف"
expect_in "$work/out" "person:sergey-lavrov"
expect_status 0 "$PARLEY" actors --db "$work/db" "Lavrov"
expect_in "$work/out" "person:sergey-lavrov"
expect_status 1 "$PARLEY" actors --db "$work/db" "Nobody Atall"
expect_in "$work/err" "no actor named"
# PARLEY_DB is the default database.
PARLEY_DB="$work/db" expect_status 0 "$PARLEY" stats
expect_in "$work/out" "articles      3"
expect_status 0 "$PARLEY" timeline --db "$work/db" "Blinken"
expect_in "$work/out" "Qin Gang"
echo "ok"
