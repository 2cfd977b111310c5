#!/usr/bin/env bash
# parley kb: stats, find in any language, validate files, import Wikidata results that later
# ingests use.
source "$(dirname "$0")/lib.sh"
expect_status 0 "$PARLEY" kb stats --json
[[ $(json_get "$work/out" 'j["states"] >= 195 and j["officials"] >= 1500') == True ]] || fail "kb stats"
expect_status 0 "$PARLEY" kb find "لاوروف"
expect_in "$work/out" "person:sergey-lavrov"
expect_in "$work/out" "foreign_minister@RUS 2004-03-09..now"
expect_status 1 "$PARLEY" kb find "Nobody Atall"
expect_status 0 "$PARLEY" kb validate
expect_in "$work/out" "0 problems"
cat >"$work/bad.json" <<'JSON'
{"officials": [{"id": "person:q", "label": "Q", "state": "ZZZ", "roles": [{"role": "envoy", "state": "ZZZ"}]}]}
JSON
expect_status 1 "$PARLEY" kb validate "$work/bad.json"
expect_in "$work/err" "bad.json: person:q: serves unknown state or organization ZZZ"
# Import: the officials land in the database and later ingests resolve them.
cat >"$work/atlantis.json" <<'JSON'
{"states": [{"code": "ATL", "label": "Atlantis", "names": {"en": ["Atlantis"]}, "adjectives": {"en": ["Atlantean"]}, "cities": []}]}
JSON
expect_status 0 "$PARLEY" kb import-wikidata --db "$work/db" "$PARLEY_SOURCE/tests/data/wikidata_sample.json"
expect_in "$work/out" "2 officials with 3 terms of office imported"
cat >"$work/a.jsonl" <<'JSONL'
{"id":"atl-1","lang":"en","published":"2031-05-02","text":"Corvin Maelstrand met Sergey Lavrov in Moscow today."}
JSONL
expect_status 0 "$PARLEY" ingest --kb "$work/atlantis.json" --db "$work/db" "$work/a.jsonl"
expect_status 0 "$PARLEY" timeline --db "$work/db" "Maelstrand"
expect_in "$work/out" "met     Corvin Maelstrand -- Sergey Lavrov (Moscow)"
echo "ok"
