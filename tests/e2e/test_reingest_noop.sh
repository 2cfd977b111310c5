#!/usr/bin/env bash
# Re-ingesting stored articles, by id or by the same text under another id, changes nothing.
source "$(dirname "$0")/lib.sh"
write_articles "$work/a.jsonl"
expect_status 0 "$PARLEY" ingest --db "$work/db" "$work/a.jsonl"
expect_status 0 "$PARLEY" export --db "$work/db" --format json --out "$work/first.json"
expect_status 0 "$PARLEY" ingest --db "$work/db" "$work/a.jsonl"
expect_in "$work/out" "3 articles read: 0 stored, 3 already stored"
# The same text under a new id (a re-sent story) is recognised by its content hash.
sed 's/"e2e-1"/"resent-1"/' "$work/a.jsonl" | head -1 >"$work/resent.jsonl"
expect_status 0 "$PARLEY" ingest --db "$work/db" "$work/resent.jsonl"
expect_in "$work/out" "0 stored, 1 already stored"
expect_status 0 "$PARLEY" export --db "$work/db" --format json --out "$work/second.json"
cmp "$work/first.json" "$work/second.json" || fail "re-ingest changed the export"
echo "ok"
