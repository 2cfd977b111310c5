#!/usr/bin/env bash
# While one `parley ingest` is writing a database, a second ingest into it fails at once with a
# one-line message, and read-only commands (stats, export) still work. When the first ends, the
# database holds everything, the same as one undisturbed run.
source "$(dirname "$0")/lib.sh"
python3 - "$work/first.jsonl" "$work/second.jsonl" <<'PY'
import json, sys
pairs = [("Sergey Lavrov", "Wang Yi"), ("Antony Blinken", "Qin Gang"), ("Hossein Amir-Abdollahian", "Sergey Lavrov")]
def article(i):
    a, b = pairs[i % len(pairs)]
    text = f"{a} met {b} in Ankara on March {1 + i % 28}. Item {i} of a long, quiet wire about grain prices."
    return json.dumps({"id": f"conc-{i}", "lang": "en", "published": "2023-03-31", "text": text})
for name, ids in ((sys.argv[1], range(0, 300)), (sys.argv[2], range(300, 600))):
    with open(name, "w") as f:
        f.write("".join(article(i) + "\n" for i in ids))
PY
cat "$work/first.jsonl" "$work/second.jsonl" >"$work/all.jsonl"

# Reference: one undisturbed run over the same articles.
expect_status 0 "$PARLEY" ingest -q --db "$work/clean" "$work/all.jsonl"
expect_status 0 "$PARLEY" export --db "$work/clean" --format json --out "$work/clean.json"

# The writer reads stdin from a FIFO this script holds open: it keeps the database until we close it.
mkfifo "$work/feed"
"$PARLEY" ingest -q --db "$work/db" - <"$work/feed" >"$work/writer.out" 2>&1 &
writer=$!
exec 3>"$work/feed"
cat "$work/first.jsonl" >&3
# Wait until most of the first half is stored (a read-only open sees it); the ingest may hold back
# a partial batch of articles until more input comes or the input ends.
stored=0
for _ in $(seq 1 200); do
  if "$PARLEY" stats --db "$work/db" --json >"$work/stats.json" 2>/dev/null; then
    stored=$(json_get "$work/stats.json" 'j["articles"]')
    [[ $stored -ge 200 ]] && break
  fi
  sleep 0.05
done
[[ $stored -ge 200 ]] || fail "the writer stored only $stored of the first 300 articles"
kill -0 "$writer" 2>/dev/null || fail "the writer ended while its input was still open"

# A second writer fails at once, in one line that says why.
set +e
start=$(date +%s)
timeout 10 "$PARLEY" ingest -q --db "$work/db" "$work/second.jsonl" >"$work/second.out" 2>"$work/second.err"
status=$?
elapsed=$(($(date +%s) - start))
set -e
[[ $status -ne 0 && $status -ne 124 ]] || fail "second ingest exited $status, wanted a prompt failure"
[[ $elapsed -le 3 ]] || fail "second ingest took ${elapsed}s to fail"
expect_in "$work/second.err" "being written by another parley process"
[[ $(wc -l <"$work/second.err") -eq 1 ]] || { cat "$work/second.err" >&2; fail "second ingest's message is not one line"; }
echo "second ingest (exit $status): $(cat "$work/second.err")"

# Readers still work while the writer holds the database.
expect_status 0 "$PARLEY" stats --db "$work/db" --json
[[ $(json_get "$work/out" 'j["articles"]') -ge 200 ]] || fail "stats during the ingest shows too few articles"
expect_status 0 "$PARLEY" export --db "$work/db" --format json --out "$work/during.json"
[[ $(json_get "$work/during.json" 'len(j["edges"])') -gt 0 ]] || fail "export during the ingest is empty"

# Feed the rest and let the writer finish.
cat "$work/second.jsonl" >&3
exec 3>&-
wait "$writer" || { cat "$work/writer.out" >&2; fail "the first ingest failed"; }

expect_status 0 "$PARLEY" stats --db "$work/db" --json
[[ $(json_get "$work/out" 'j["articles"]') -eq 600 ]] || fail "after the ingest: $(cat "$work/out")"
expect_status 0 "$PARLEY" export --db "$work/db" --format json --out "$work/final.json"
cmp "$work/clean.json" "$work/final.json" || fail "the database differs from one undisturbed run"
echo "ok"
