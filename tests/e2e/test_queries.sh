#!/usr/bin/env bash
# contacts, centrality and path on a small database of articles written here.
source "$(dirname "$0")/lib.sh"
cat >"$work/a.jsonl" <<'JSONL'
{"id":"q1","lang":"en","published":"2023-06-19","text":"Antony Blinken met Wang Yi in Beijing on Sunday."}
{"id":"q2","lang":"en","published":"2023-09-21","text":"Wang Yi met Sergey Lavrov in Moscow on Monday."}
{"id":"q3","lang":"en","published":"2023-11-03","text":"Sergey Lavrov spoke by phone with Hossein Amir-Abdollahian today."}
{"id":"q4","lang":"en","published":"2023-05-02","text":"Hossein Amir-Abdollahian spoke by phone with Antony Blinken yesterday."}
JSONL
expect_status 0 "$PARLEY" ingest --db "$work/db" "$work/a.jsonl"
expect_status 0 "$PARLEY" contacts --db "$work/db" Lavrov
expect_in "$work/out" "Sergey Lavrov: 2 contacts"
head -2 "$work/out" | tail -1 | grep -q "2023-11-03" || fail "contacts are not newest first"
expect_status 0 "$PARLEY" contacts --db "$work/db" Lavrov --with "Wang Yi" --json
[[ $(json_get "$work/out" '[c["date"] for c in j]') == "['2023-09-18']" ]] || fail "contacts --with"
expect_status 0 "$PARLEY" centrality --db "$work/db" --metric degree --type called,met --json
[[ $(json_get "$work/out" 'j["vertices"]') == 4 ]] || fail "centrality network size"
expect_status 0 "$PARLEY" centrality --db "$work/db" --metric betweenness --level state --type called,met --json
[[ $(json_get "$work/out" 'j["links"]') == 4 ]] || fail "state level links"
expect_status 0 "$PARLEY" centrality --db "$work/db" --metric degree --window 90d --step 90d --json
[[ $(json_get "$work/out" 'len(j["windows"])') == 3 ]] || fail "centrality series"
expect_status 2 "$PARLEY" centrality --db "$work/db" --window 3x
expect_status 0 "$PARLEY" path --db "$work/db" Blinken Lavrov --json
[[ $(json_get "$work/out" 'len(j["shortest"])') == 2 ]] || fail "shortest chain"
# Blinken -> Wang Yi (Jun 18) -> Lavrov (Sep 18) respects time; via Amir-Abdollahian (May, then Nov) too.
[[ $(json_get "$work/out" 'j["earliest"][-1]["date"]') == 2023-09-18 ]] || fail "earliest chain"
# Timeline of Blinken's 1-hop neighbourhood: his contacts and theirs among themselves.
expect_status 0 "$PARLEY" timeline --db "$work/db" Blinken --hops 1 --format json
[[ $(json_get "$work/out" 'sorted(n["id"] for n in j["nodes"] if n["kind"] == "official")') == \
   "['person:antony-blinken', 'person:hossein-amir-abdollahian', 'person:wang-yi']" ]] || fail "hops 1"
expect_status 0 "$PARLEY" groups --db "$work/db" --method components --type called,met --json
[[ $(json_get "$work/out" 'len(j["groups"])') == 1 ]] || fail "components"
expect_status 0 "$PARLEY" groups --db "$work/db" --type called,met
expect_in "$work/out" "communities (modularity"
# parley serve: the API on a free loopback port, read while nothing else holds the database.
"$PARLEY" serve --db "$work/db" --port 0 >"$work/serve.out" 2>&1 &
server=$!
for _ in $(seq 1 100); do grep -q "http://" "$work/serve.out" 2>/dev/null && break; sleep 0.05; done
url=$(grep -o "http://127.0.0.1:[0-9]*" "$work/serve.out")
python3 - "$url" <<'PY' || { kill "$server"; fail "serve"; }
import json, sys, urllib.request, urllib.error
base = sys.argv[1]
stats = json.load(urllib.request.urlopen(base + "/api/stats"))
assert stats["articles"] == 4, stats
contacts = json.load(urllib.request.urlopen(base + "/api/contacts?actor=Lavrov"))
assert contacts["total"] == 2, contacts
try:
    urllib.request.urlopen(base + "/api/contacts?actor=Lavrov&from=2023-13")
    raise SystemExit("a bad date was accepted")
except urllib.error.HTTPError as e:
    assert e.code == 400 and "from" in json.load(e)["error"]
PY
kill "$server"
wait "$server" 2>/dev/null || true
expect_status 2 "$PARLEY" contacts --db "$work/db" "Nobody Atall"
expect_in "$work/err" "no actor named"
echo "ok"
