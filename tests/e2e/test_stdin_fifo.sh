#!/usr/bin/env bash
# Ingest from stdin when stdin is a FIFO whose writer writes one record and closes at once: the
# record is stored and the ingest ends. (Reading stdin by reopening /dev/stdin hung here whenever
# the writer had closed before the reopen: about one run in twenty.) 30 runs, each bounded.
source "$(dirname "$0")/lib.sh"
printf '%s\n' '{"id": "fifo-1", "lang": "en", "published": "2023-06-19", "text": "Antony Blinken met Wang Yi in Beijing on Monday."}' >"$work/one.jsonl"
for i in $(seq 1 30); do
  rm -rf "$work/db" "$work/feed"
  mkfifo "$work/feed"
  timeout 20 "$PARLEY" ingest -q --db "$work/db" - <"$work/feed" >"$work/out" 2>&1 &
  reader=$!
  cat "$work/one.jsonl" >"$work/feed"
  set +e
  wait "$reader"
  rc=$?
  set -e
  [[ $rc -ne 124 ]] || fail "run $i: ingest from a FIFO still waiting after 20 s"
  [[ $rc -eq 0 ]] || { cat "$work/out" >&2; fail "run $i: ingest exited $rc"; }
  expect_status 0 "$PARLEY" stats --db "$work/db" --json
  [[ $(json_get "$work/out" 'j["articles"]') -eq 1 ]] || fail "run $i: the record was not stored"
done
echo "ok"
