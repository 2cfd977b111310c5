# Shared helpers of the end-to-end tests. Each test runs the real binary ($PARLEY) on files it
# writes itself into a fresh temporary directory, which is removed at exit.
set -euo pipefail
: "${PARLEY:?PARLEY must point to the parley binary}"
: "${PARLEY_SOURCE:?PARLEY_SOURCE must point to the source tree}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

# expect_status N command...: runs the command, fails unless it exits with N.
expect_status() {
  local want=$1; shift
  set +e
  "$@" >"$work/out" 2>"$work/err"
  local got=$?
  set -e
  [[ $got -eq $want ]] || { cat "$work/out" "$work/err" >&2; fail "exit $got, wanted $want: $*"; }
}

# expect_in FILE TEXT: the file contains the text.
expect_in() { grep -qF -- "$2" "$1" || { cat "$1" >&2; fail "'$2' not in $1"; }; }

# json_get FILE PYTHON-EXPR: evaluates an expression over the parsed JSON file as `j`.
json_get() { python3 -c "import json,sys; j=json.load(open(sys.argv[1])); print($2)" "$1"; }

# expect_whole_articles CLEAN.json PARTIAL.json PARTIAL-STATS.json: every article in the partial
# export carries exactly the mentions it has in the clean export (none lost, none half-stored), and
# the partial export's mentions add up to what `stats --json` counts.
expect_whole_articles() {
  python3 - "$@" <<'PY'
import collections, json, sys
def per_article(path):
    return collections.Counter(m["article"] for e in json.load(open(path))["edges"] for m in e["mentions"])
clean, part, stats = per_article(sys.argv[1]), per_article(sys.argv[2]), json.load(open(sys.argv[3]))
bad = {a: (n, clean.get(a, 0)) for a, n in part.items() if n != clean.get(a, 0)}
if bad:
    sys.exit(f"articles with other mention counts than in the clean run (partial, clean): {dict(list(bad.items())[:5])}")
if sum(part.values()) != stats["mentions"]:
    sys.exit(f"export has {sum(part.values())} mentions, stats says {stats['mentions']}")
PY
}

# kill_ingest_after MS DB FILE: runs `parley ingest -q -j 2 --db DB FILE` in the background and
# SIGKILLs it after MS milliseconds, setting $delay to that wait in seconds ("S.mmm"). Returns 0
# when the kill landed, 1 when the ingest had finished before it (an ingest that failed fails the test).
kill_ingest_after() {
  delay=$(printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)))
  "$PARLEY" ingest -q -j 2 --db "$2" "$3" >"$work/bg.out" 2>&1 &
  local pid=$! rc
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null || true
  set +e; wait "$pid" 2>/dev/null; rc=$?; set -e
  [[ $rc -ne 137 ]] || return 0
  [[ $rc -eq 0 ]] || { cat "$work/bg.out" >&2; fail "background ingest exited $rc"; }
  return 1
}

# A few small articles of our own, one per line.
write_articles() {
  cat >"$1" <<'JSONL'
{"id":"e2e-1","lang":"en","published":"2023-11-03","text":"Iranian Foreign Minister Hossein Amir-Abdollahian spoke by phone with Russian Foreign Minister Sergey Lavrov today about Gaza."}
{"id":"e2e-2","lang":"fa","published":"2023-11-03","text":"حسین امیرعبداللهیان وزیر امور خارجه ایران امشب با سرگئی لاوروف وزیر خارجه روسیه تلفنی گفتگو کرد."}
{"id":"e2e-3","lang":"en","published":"2023-06-19","text":"U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing on Sunday."}
JSONL
}
