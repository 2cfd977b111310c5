#!/usr/bin/env bash
# The bundled example articles (written for parley, in Persian, English, Arabic and Russian) give
# the contacts their annotations in examples/expected.jsonl say: a regression guard on the whole
# pipeline with real knowledge base, lexicons and dates. Precision and recall are counted with dates
# to the day.
source "$(dirname "$0")/lib.sh"
expect_status 0 "$PARLEY" ingest --db "$work/db" "$PARLEY_SOURCE/examples/articles"
expect_status 0 "$PARLEY" export --db "$work/db" --format json --out "$work/graph.json"
python3 - "$work/graph.json" "$PARLEY_SOURCE/examples/expected.jsonl" <<'PY'
import json, re, sys, unicodedata

def norm(s):
    s = unicodedata.normalize("NFKD", s or "").lower()
    return re.sub(r"[^a-z]", "", "".join(c for c in s if not unicodedata.combining(c)))

graph = json.load(open(sys.argv[1]))
names = {}
for n in graph["nodes"]:
    keys = {norm(n["label"])} | {norm(v) for v in n.get("names", {}).values()} | {norm(a) for a in n.get("aliases", [])}
    names[n["id"]] = (keys, n.get("code"), n.get("state"))

def same_actor(gold, node_id):
    keys, _, state = names[node_id]
    if norm(gold["name"]) in keys:
        return True
    surname = norm(gold["name"].split()[-1])
    return len(surname) >= 4 and state == gold["state"] and any(k.endswith(surname) for k in keys)

def matches(g, e):
    if g["type"] != e["type"]:
        return False
    if g.get("date_precision") == "day" and e["date"] != g["date"]:
        return False
    if g["type"] == "visited":
        return same_actor(g["a"], e["source"]) and names[e["target"]][1] == g["state"]
    return (same_actor(g["a"], e["source"]) and same_actor(g["b"], e["target"])) or \
           (same_actor(g["a"], e["target"]) and same_actor(g["b"], e["source"]))

gold = [g for line in open(sys.argv[2]) for g in json.loads(line)["edges"]]
edges = graph["edges"]
used, tp = set(), 0
for g in gold:
    for j, e in enumerate(edges):
        if j not in used and matches(g, e):
            used.add(j)
            tp += 1
            break
precision, recall = tp / max(1, len(edges)), tp / max(1, len(gold))
print(f"examples: {tp} of {len(gold)} expected edges found, {len(edges)} extracted: P {precision:.2f} R {recall:.2f}")
assert precision >= 0.65 and recall >= 0.65, "extraction on the examples fell below 0.65"
PY
# Queries on the examples' store, naming actors in Persian, Arabic and Latin script.
expect_status 0 "$PARLEY" contacts --db "$work/db" "امیرعبداللهیان"
expect_in "$work/out" "Hossein Amir-Abdollahian:"
expect_in "$work/out" "Mohammed bin Salman (Jeddah)"
expect_status 0 "$PARLEY" contacts --db "$work/db" "بلينكن"
expect_in "$work/out" "Antony Blinken:"
expect_status 0 "$PARLEY" timeline --db "$work/db" "Xi Jinping" "Vladimir Putin"
expect_in "$work/out" "met     Vladimir Putin -- Xi Jinping"
expect_status 0 "$PARLEY" centrality --db "$work/db" --metric pagerank --level state --json
# Russia and China lead it: on the annotated edges alone they rank well ahead of the next state.
[[ $(json_get "$work/out" '" ".join(sorted(r["id"] for r in j["ranking"][:2]))') == "state:CHN state:RUS" ]] \
  || fail "Russia and China lead the examples' state network"
# The timeline picture of the examples renders (rsvg-convert parses every element).
expect_status 0 "$PARLEY" timeline --db "$work/db" --format svg --out "$work/t.svg"
rsvg-convert "$work/t.svg" -o "$work/t.png" || fail "the timeline SVG does not render"
[[ -s "$work/t.png" ]] || fail "empty picture"
expect_status 0 "$PARLEY" timeline --db "$work/db" Blinken --format html --out "$work/t.html"
expect_in "$work/t.html" "<!DOCTYPE html>"
echo "ok"
