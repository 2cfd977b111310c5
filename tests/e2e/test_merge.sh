#!/usr/bin/env bash
# `parley merge`: databases ingested separately, one per input shard, merged into one hold what
# one ingest run over the shards' inputs (in shard order) holds. Merging again is a no-op; a
# non-empty target, overlapping shards, a bad shard, a locked target and a killed merge are handled.
source "$(dirname "$0")/lib.sh"
ex="$PARLEY_SOURCE/examples/articles"

# A state of our own, so that an official can be learned from an apposition.
cat >"$work/atlantis.json" <<'JSON'
{"states": [{"code": "ATL", "label": "Atlantis", "names": {"en": ["Atlantis"]}, "adjectives": {"en": ["Atlantean"]}, "cities": []}]}
JSON
kb=(--kb "$work/atlantis.json")
# Shard 1: the Persian examples, our three articles, an official learned from an apposition, and
# a meeting told without its city.
write_articles "$work/ours.jsonl"
cat "$ex/fa.jsonl" "$work/ours.jsonl" - >"$work/shard1.jsonl" <<'JSONL'
{"id":"m-learn","lang":"en","published":"2031-05-02","text":"Atlantean Foreign Minister Corvin Maelstrand met Sergey Lavrov in Moscow today."}
{"id":"m-nocity","lang":"en","published":"2023-03-31","text":"Antony Blinken met Wang Yi on March 3 to discuss trade."}
JSONL
# Shard 2: the English examples; the meeting above with its city; one meeting told with two cities
# by articles whose ids sort against input order (the first city read wins); a copy of a shard-1
# story under a new id; a shard-1 article again (overlapping shards); the learned official by name.
cat "$ex/en.jsonl" - >"$work/shard2.jsonl" <<'JSONL'
{"id":"m-city","lang":"en","published":"2023-03-31","text":"Antony Blinken met Wang Yi in Ankara on March 3 to discuss trade."}
{"id":"m-z-first","lang":"en","published":"2023-04-30","text":"Sergey Lavrov met Wang Yi in Istanbul on April 5."}
{"id":"m-a-second","lang":"en","published":"2023-04-30","text":"Sergey Lavrov met Wang Yi in Ankara on April 5."}
{"id":"m-copy","lang":"en","published":"2023-11-03","text":"Iranian Foreign Minister Hossein Amir-Abdollahian spoke by phone with Russian Foreign Minister Sergey Lavrov today about Gaza."}
{"id":"e2e-3","lang":"en","published":"2023-06-19","text":"U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing on Sunday."}
{"id":"m-by-name","lang":"en","published":"2031-05-09","text":"Maelstrand spoke by phone with Sergey Lavrov today."}
JSONL

# snapshot DB NAME: the export, the stats and the learned official, for comparing databases.
snapshot() {
  expect_status 0 "$PARLEY" export --db "$1" --format json --out "$work/$2.json"
  expect_status 0 "$PARLEY" stats --db "$1"
  cp "$work/out" "$work/$2.stats"
  expect_status 0 "$PARLEY" actors --db "$1" --json "Corvin Maelstrand"
  cp "$work/out" "$work/$2.actor"
}
# same A B: the snapshots are identical.
same() {
  for ext in json stats actor; do
    cmp "$work/$1.$ext" "$work/$2.$ext" || { diff "$work/$1.$ext" "$work/$2.$ext" | head -40 >&2; fail "$1 and $2 differ ($ext)"; }
  done
}

# Reference: one ingest run over both shards' inputs.
expect_status 0 "$PARLEY" ingest -q "${kb[@]}" --db "$work/ref" "$work/shard1.jsonl" "$work/shard2.jsonl"
snapshot "$work/ref" ref
[[ $(json_get "$work/ref.json" "len(j['edges'])") -gt 20 ]] || fail "too few edges to compare"

# Each shard on its own "machine", then merged.
expect_status 0 "$PARLEY" ingest -q "${kb[@]}" --db "$work/db1" "$work/shard1.jsonl"
expect_status 0 "$PARLEY" ingest -q "${kb[@]}" --db "$work/db2" "$work/shard2.jsonl"
expect_status 0 "$PARLEY" merge --db "$work/merged" "$work/db1" "$work/db2"
cp "$work/out" "$work/merge.out"
n1=$(wc -l <"$work/shard1.jsonl"); n2=$(wc -l <"$work/shard2.jsonl"); total=$((n1 + n2))
expect_in "$work/merge.out" "shard $work/db2: $n2 articles: $((n2 - 2)) stored, 2 already stored"
expect_in "$work/merge.out" "merged into $work/merged: $total articles: $((total - 2)) stored, 2 already stored"
snapshot "$work/merged" merged
same ref merged
# The cases the shards were built for, checked by name (not only "equal to the reference").
json_get "$work/merged.json" "[e['location'] for e in j['edges'] if e['type']=='met' and e['date'] in ('2023-03-03','2023-04-05')]" >"$work/cities"
expect_in "$work/cities" "['Ankara', 'Istanbul']"
[[ $(json_get "$work/merged.json" "sorted({m['article'] for e in j['edges'] for m in e['mentions']} & {'m-copy', 'e2e-1'})") == "['e2e-1']" ]] ||
  fail "the copy of a stored story was merged"
[[ $(json_get "$work/merged.actor" "j[0]['source']") == "learned" ]] || fail "the learned official was not merged"

# Merging again writes nothing and changes nothing.
expect_status 0 "$PARLEY" merge --db "$work/merged" "$work/db1" "$work/db2"
expect_in "$work/out" "merged into $work/merged: $total articles: 0 stored, $total already stored, 0 interactions"
snapshot "$work/merged" again
same merged again

# A non-empty target: shard 1 ingested there, then both shards merged into it (shard 1 overlaps).
expect_status 0 "$PARLEY" ingest -q "${kb[@]}" --db "$work/grown" "$work/shard1.jsonl"
expect_status 0 "$PARLEY" merge --bulk --db "$work/grown" "$work/db1" "$work/db2"
expect_in "$work/out" "shard $work/db1: $n1 articles: 0 stored, $n1 already stored"
snapshot "$work/grown" grown
same ref grown

# The documented limit: an official learned in one shard is not used to re-read the others, as
# within one ingest run. Ingesting shard 2 in a later run (a database that already knew him)
# resolves the article that names him alone; the merge, like the one-run reference, does not.
expect_status 0 "$PARLEY" ingest -q "${kb[@]}" --db "$work/later" "$work/shard1.jsonl"
expect_status 0 "$PARLEY" ingest -q "${kb[@]}" --db "$work/later" "$work/shard2.jsonl"
expect_status 0 "$PARLEY" export --db "$work/later" --format json --out "$work/later.json"
by_name="[e['type'] for e in j['edges'] if any(m['article']=='m-by-name' for m in e['mentions'])]"
[[ $(json_get "$work/later.json" "$by_name") == "['called']" ]] ||
  fail "a later run did not resolve the learned official (the check below would test nothing)"
[[ $(json_get "$work/merged.json" "$by_name") == "[]" ]] || fail "merge re-read a shard with another shard's officials?"

# A bad shard: nothing is written, the target is not even created.
expect_status 1 "$PARLEY" merge --db "$work/fresh" "$work/db1" "$work/no-such-db"
expect_in "$work/err" "shard '$work/no-such-db' does not exist"
[[ ! -e "$work/fresh" ]] || fail "a failed merge created the target"
mkdir "$work/empty"
expect_status 1 "$PARLEY" merge --db "$work/fresh" "$work/empty"
expect_in "$work/err" "shard '$work/empty'"
expect_status 1 "$PARLEY" merge --db "$work/merged" "$work/merged"
expect_in "$work/err" "is the target database itself"
expect_status 2 "$PARLEY" merge --db "$work/fresh"

# A target another process is writing: refused at once, in one line that says why. The writer
# reads stdin from a FIFO this script holds open, so it keeps the database until we close it.
mkfifo "$work/feed"
"$PARLEY" ingest -q --db "$work/busy" - <"$work/feed" >"$work/writer.out" 2>&1 &
writer=$!
exec 3>"$work/feed"
head -1 "$work/ours.jsonl" >&3
for _ in $(seq 1 100); do
  [[ -e "$work/busy/CURRENT" ]] && break
  sleep 0.05
done
expect_status 1 timeout 10 "$PARLEY" merge --db "$work/busy" "$work/db1"
expect_in "$work/err" "being written by another parley process"
[[ $(wc -l <"$work/err") -eq 1 ]] || { cat "$work/err" >&2; fail "the message is not one line"; }
exec 3>&-
wait "$writer" || { cat "$work/writer.out" >&2; fail "the writer failed"; }

# A merge killed part-way and run again gives the same database as one clean merge: each article
# is one atomic batch, and the articles already there are skipped.
python3 - "$work/many.jsonl" <<'PY'
import json, sys
people = [("Hossein Amir-Abdollahian", "Sergey Lavrov"), ("Antony Blinken", "Qin Gang"), ("Sergey Lavrov", "Wang Yi")]
with open(sys.argv[1], "w") as f:
    for i in range(4000):
        a, b = people[i % len(people)]
        text = f"{a} met {b} in Geneva on June {1 + i % 28}. Report number {i} of the wire, with other news about trade."
        f.write(json.dumps({"id": f"kill-{i}", "lang": "en", "published": "2023-06-30", "text": text}) + "\n")
PY
expect_status 0 "$PARLEY" ingest -q --db "$work/big" "$work/many.jsonl"
expect_status 0 "$PARLEY" merge --db "$work/clean" "$work/big" "$work/db1" "$work/db2"
snapshot "$work/clean" clean
"$PARLEY" merge --db "$work/killed" "$work/big" "$work/db1" "$work/db2" >/dev/null 2>&1 &
pid=$!
# Kill it once it has stored something (a read-only open sees it), or when it is done.
for _ in $(seq 1 200); do
  "$PARLEY" stats --db "$work/killed" --json >"$work/stats.json" 2>/dev/null && [[ $(json_get "$work/stats.json" 'j["articles"]') -gt 0 ]] && break
  sleep 0.02
done
kill -9 "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
expect_status 0 "$PARLEY" stats --db "$work/killed" --json
echo "merge killed after $(json_get "$work/out" 'j["articles"]') of $((4000 + total)) articles"
expect_status 0 "$PARLEY" merge --db "$work/killed" "$work/big" "$work/db1" "$work/db2"
snapshot "$work/killed" killed
same clean killed
echo "ok"
