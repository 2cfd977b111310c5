#!/usr/bin/env bash
# An ingest killed with SIGKILL part-way and run again gives the same database as one clean run:
# each article is one atomic batch, and stored articles are skipped on the second run.
source "$(dirname "$0")/lib.sh"
python3 - "$work/many.jsonl" <<'PY'
import json, sys
people = [("Hossein Amir-Abdollahian", "Sergey Lavrov"), ("Antony Blinken", "Qin Gang"), ("Sergey Lavrov", "Wang Yi")]
with open(sys.argv[1], "w") as f:
    for i in range(4000):
        a, b = people[i % len(people)]
        day = 1 + i % 28
        text = f"{a} met {b} in Geneva on June {day}. Report number {i} of the wire, with other news about trade."
        f.write(json.dumps({"id": f"kill-{i}", "lang": "en", "published": "2023-06-30", "text": text}) + "\n")
PY
# Reference: one clean run.
expect_status 0 "$PARLEY" ingest -q --db "$work/clean" "$work/many.jsonl"
expect_status 0 "$PARLEY" export --db "$work/clean" --format json --out "$work/clean.json"

# Killed run, then a second run over the same input.
"$PARLEY" ingest -q --db "$work/killed" "$work/many.jsonl" >/dev/null 2>&1 &
pid=$!
for _ in $(seq 1 100); do
  sleep 0.05
  [[ -e "$work/killed/CURRENT" ]] && break
done
sleep 0.3
kill -9 "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
expect_status 0 "$PARLEY" stats --db "$work/killed" --json
partial=$(json_get "$work/out" 'j["articles"]')
echo "killed after $partial of 4000 articles"
expect_status 0 "$PARLEY" ingest -q --db "$work/killed" "$work/many.jsonl"
expect_status 0 "$PARLEY" export --db "$work/killed" --format json --out "$work/killed.json"
cmp "$work/clean.json" "$work/killed.json" || fail "killed-and-resumed database differs from a clean run"
echo "ok"
