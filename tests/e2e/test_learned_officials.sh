#!/usr/bin/env bash
# An official the knowledge base lacks, named next to a title, is learned (source "learned") and
# recognised by name in a later ingest into the same database.
source "$(dirname "$0")/lib.sh"
cat >"$work/first.jsonl" <<'JSONL'
{"id":"learn-1","lang":"en","published":"2031-05-02","text":"Atlantean Foreign Minister Corvin Maelstrand met Sergey Lavrov in Moscow today."}
JSONL
cat >"$work/second.jsonl" <<'JSONL'
{"id":"learn-2","lang":"en","published":"2031-05-09","text":"Maelstrand spoke by phone with Sergey Lavrov today."}
JSONL
# A state of our own, for a name no knowledge base has.
cat >"$work/atlantis.json" <<'JSON'
{"states": [{"code": "ATL", "label": "Atlantis", "names": {"en": ["Atlantis"]}, "adjectives": {"en": ["Atlantean"]}, "cities": []}]}
JSON
expect_status 0 "$PARLEY" ingest --kb "$work/atlantis.json" --db "$work/db" "$work/first.jsonl"
expect_status 0 "$PARLEY" actors --db "$work/db" --json "Corvin Maelstrand"
[[ $(json_get "$work/out" '[a["source"] for a in j]') == "['learned']" ]] || fail "not learned"
[[ $(json_get "$work/out" 'j[0]["roles"][0]["role"] + "@" + j[0]["roles"][0]["state"]') == "foreign_minister@ATL" ]] || fail "office"
expect_status 0 "$PARLEY" ingest --kb "$work/atlantis.json" --db "$work/db" "$work/second.jsonl"
expect_status 0 "$PARLEY" export --db "$work/db" --format json --type called --out "$work/g.json"
[[ $(json_get "$work/g.json" 'sorted([e["source"] for e in j["edges"]] + [e["target"] for e in j["edges"]])') == \
   "['person:corvin-maelstrand', 'person:sergey-lavrov']" ]] || { cat "$work/g.json" >&2; fail "later mention not resolved"; }
echo "ok"
