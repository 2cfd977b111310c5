#!/usr/bin/env bash
# ingest -> export -> the export is valid against the contract schema, with the expected edges;
# the same call in English and Persian is one edge with two mentions.
source "$(dirname "$0")/lib.sh"
write_articles "$work/a.jsonl"
expect_status 0 "$PARLEY" ingest --db "$work/db" "$work/a.jsonl"
expect_in "$work/out" "3 articles read: 3 stored"
expect_status 0 "$PARLEY" export --db "$work/db" --format json --out "$work/graph.json"
python3 - "$work/graph.json" "$PARLEY_SOURCE/viz/graph.schema.json" <<'PY'
import json, sys
import jsonschema
graph = json.load(open(sys.argv[1]))
jsonschema.validate(graph, json.load(open(sys.argv[2])))
edges = {(e["type"], e["source"], e["target"], e["date"]): e for e in graph["edges"]}
call = edges[("called", "person:hossein-amir-abdollahian", "person:sergey-lavrov", "2023-11-03")]
assert sorted(m["article"] for m in call["mentions"]) == ["e2e-1", "e2e-2"], call["mentions"]
for m in call["mentions"]:
    assert m["end"] > m["start"]
assert ("met", "person:antony-blinken", "person:qin-gang", "2023-06-18") in edges, edges.keys()
assert ("visited", "person:antony-blinken", "state:CHN", "2023-06-18") in edges, edges.keys()
ids = [n["id"] for n in graph["nodes"]]
assert ids == sorted(ids)
assert {"person:antony-blinken", "person:qin-gang", "state:CHN"} <= set(ids)
PY
# The mention offsets point at the sentence in the original text.
python3 - "$work/graph.json" "$work/a.jsonl" <<'PY'
import json, sys
texts = {json.loads(l)["id"]: json.loads(l)["text"].encode() for l in open(sys.argv[2])}
for e in json.load(open(sys.argv[1]))["edges"]:
    for m in e["mentions"]:
        assert texts[m["article"]][m["start"]:m["end"]].decode() == m["text"], m
PY
# A window and a type filter.
expect_status 0 "$PARLEY" export --db "$work/db" --format json --from 2023-11 --to 2023-11 --type called
[[ $(json_get "$work/out" 'len(j["edges"])') == 1 ]] || fail "window export"
expect_status 2 "$PARLEY" export --db "$work/db" --format json --from 2023-02-30
expect_in "$work/err" "--from"
# DOT renders with GraphViz; GraphML parses as XML; CSV goes to a directory.
expect_status 0 "$PARLEY" export --db "$work/db" --format dot --clusters --out "$work/g.dot"
dot -Tsvg "$work/g.dot" -o "$work/g.svg" || fail "dot could not render the export"
expect_in "$work/g.svg" "Sergey Lavrov"
expect_status 0 "$PARLEY" export --db "$work/db" --format graphml --out "$work/g.graphml"
python3 -c "import sys, xml.dom.minidom as m; d = m.parse(sys.argv[1]); assert len(d.getElementsByTagName('edge')) == 3" "$work/g.graphml" || fail "graphml"
expect_status 2 "$PARLEY" export --db "$work/db" --format csv
expect_status 0 "$PARLEY" export --db "$work/db" --format csv --out "$work/csv"
[[ $(wc -l <"$work/csv/edges.csv") -eq 4 ]] || fail "csv edges"
# JSON Lines on standard input, and a plain-text article with its date and language given.
expect_status 0 bash -c "\"$PARLEY\" ingest --db \"$work/stdin-db\" - < \"$work/a.jsonl\""
expect_in "$work/out" "3 articles read: 3 stored"
printf 'Sergey Lavrov met Antony Blinken in Doha yesterday.\n' >"$work/note.txt"
expect_status 0 "$PARLEY" ingest --db "$work/txt-db" --lang en --published 2023-06-20 "$work/note.txt"
expect_status 0 "$PARLEY" timeline --db "$work/txt-db" Lavrov
expect_in "$work/out" "2023-06-19   met     Antony Blinken -- Sergey Lavrov (Doha)"
echo "ok"
