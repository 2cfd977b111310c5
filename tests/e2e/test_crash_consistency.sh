#!/usr/bin/env bash
# Crash consistency: a parallel ingest (-j 2) SIGKILLed again and again at random points, then run
# to completion, gives the same database as one clean run, byte for byte (export and stats). After
# every kill the store opens, holds between 0 and 10000 articles, never fewer than before the kill,
# and every stored article has all its mentions (one atomic batch per article).
# The kill delays come from $RANDOM seeded by CRASH_SEED (printed; set it to replay a run).
source "$(dirname "$0")/lib.sh"
seed=${CRASH_SEED:-20261129}
RANDOM=$seed
echo "seed $seed"
want_kills=24
total=10000

# 10,000 small articles of our own from a few templates, English and Persian, with varied ids and
# dates; every 37th article (from the 100th on) repeats an earlier text under a new id.
python3 - "$work/in.jsonl" "$total" <<'PY'
import json, random, sys
rng = random.Random(20261129)
en = [("Iranian Foreign Minister", "Hossein Amir-Abdollahian"), ("Russian Foreign Minister", "Sergey Lavrov"),
      ("U.S. Secretary of State", "Antony Blinken"), ("Chinese Foreign Minister", "Wang Yi")]
fa = [("وزیر امور خارجه ایران", "حسین امیرعبداللهیان"), ("وزیر خارجه روسیه", "سرگئی لاوروف"),
      ("وزیر خارجه آمریکا", "آنتونی بلینکن"), ("وزیر خارجه چین", "وانگ یی")]
cities = ["Geneva", "Moscow", "Beijing", "Tehran", "New York", "Doha", "Astana", "Jakarta"]
topics = ["trade", "the nuclear talks", "Gaza", "regional security", "grain exports", "sanctions"]
written = []
with open(sys.argv[1], "w") as f:
    for i in range(int(sys.argv[2])):
        month, day = 1 + (i * 7) % 12, 1 + (i * 13) % 28
        published = f"{2022 + i % 2}-{month:02d}-{day:02d}"
        if i >= 100 and i % 37 == 0:
            text = written[rng.randrange(len(written))]
        else:
            a = rng.randrange(4); b = (a + 1 + rng.randrange(3)) % 4
            k = i % 4
            if k == 0:
                text = f"{en[a][0]} {en[a][1]} met {en[b][0]} {en[b][1]} in {cities[i % 8]} on Monday to discuss {topics[i % 6]}. Wire report {i}."
            elif k == 1:
                text = f"{en[a][1]} spoke by phone with {en[b][0]} {en[b][1]} today about {topics[(i // 4) % 6]}. Bulletin {i}."
            elif k == 2:
                text = f"{fa[a][1]} {fa[a][0]} امروز با {fa[b][1]} {fa[b][0]} دیدار کرد. گزارش {i}."
            else:
                text = f"{fa[a][1]} {fa[a][0]} امشب با {fa[b][1]} {fa[b][0]} تلفنی گفتگو کرد. خبر {i}."
            written.append(text)
        lang = "fa" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"
        prefix = ("irna", "tass", "ap", "xinhua")[i % 4]
        f.write(json.dumps({"id": f"{prefix}-{i:05d}-{(i * 7919) % 10007:04x}", "lang": lang,
                            "published": published, "text": text}, ensure_ascii=False) + "\n")
PY

# Reference: one clean run.
expect_status 0 "$PARLEY" ingest -q -j 2 --db "$work/db_clean" "$work/in.jsonl"
expect_in "$work/out" "$total articles read"
expect_status 0 "$PARLEY" export --db "$work/db_clean" --format json --out "$work/clean.json"
expect_status 0 "$PARLEY" stats --db "$work/db_clean"
cp "$work/out" "$work/clean.stats"
expect_status 0 "$PARLEY" stats --db "$work/db_clean" --json
clean_articles=$(json_get "$work/out" 'j["articles"]')
[[ $(json_get "$work/clean.json" "len(j['edges'])") -gt 100 ]] || fail "too few edges to compare"
echo "clean run: $clean_articles articles stored"

# check_partial: the killed store opens (or was never created), its article count lies between
# the last count and 10000, and every article in its export carries exactly the mentions it has in
# the clean export, with the mention total matching `stats`. Sets $stored.
check_partial() {
  if [[ ! -e "$work/db_killed/CURRENT" ]]; then stored=0; return; fi
  set +e
  "$PARLEY" stats --db "$work/db_killed" --json >"$work/out" 2>"$work/err"
  local rc=$?
  set -e
  if [[ $rc -ne 0 ]]; then
    # Killed after RocksDB created its files but before parley marked the database as its own
    # (the schema version is written right after the first open): the next ingest completes it.
    grep -qE "no parley database|never written" "$work/err" || { cat "$work/err" >&2; fail "stats fails after kill $kills"; }
    stored=0; return
  fi
  cp "$work/out" "$work/partial.stats"
  expect_status 0 "$PARLEY" check --db "$work/db_killed"
  stored=$(json_get "$work/partial.stats" 'j["articles"]')
  [[ $stored -ge $last && $stored -le $total && $stored -le $clean_articles ]] ||
    fail "kill $kills: $stored articles stored (before the kill: $last, clean run: $clean_articles)"
  expect_status 0 "$PARLEY" export --db "$work/db_killed" --format json --out "$work/partial.json"
  expect_whole_articles "$work/clean.json" "$work/partial.json" "$work/partial.stats" || fail "kill $kills: a partly stored article"
}

# Rounds over a fresh db_killed: start `ingest -q -j 2` in the background, SIGKILL it after
# 0.05 to 1.0 s, check the store, again, until a run finishes before its kill; then ingest to
# completion and compare with the clean run. Rounds go on until $want_kills kills have landed.
kills=0 finished_early=0 round=0
while [[ $kills -lt $want_kills ]]; do
  round=$((round + 1))
  rm -rf "$work/db_killed"
  last=0 at=()
  while [[ $kills -lt $want_kills ]]; do
    if ! kill_ingest_after $((50 + RANDOM % 951)) "$work/db_killed" "$work/in.jsonl"; then
      finished_early=$((finished_early + 1))
      at+=("done@${delay}s")
      break
    fi
    kills=$((kills + 1))
    check_partial
    at+=("$stored@${delay}s")
    last=$stored
  done
  echo "round $round: stored articles at each kill: ${at[*]}"
  expect_status 0 "$PARLEY" ingest -q -j 2 --db "$work/db_killed" "$work/in.jsonl"
  expect_in "$work/out" "$total articles read"
  expect_status 0 "$PARLEY" export --db "$work/db_killed" --format json --out "$work/killed.json"
  cmp "$work/clean.json" "$work/killed.json" || fail "round $round: export differs from the clean run"
  expect_status 0 "$PARLEY" stats --db "$work/db_killed"
  cmp "$work/clean.stats" "$work/out" || { diff "$work/clean.stats" "$work/out" >&2; fail "round $round: stats differ from the clean run"; }
done
echo "$kills kills survived in $round rounds ($finished_early runs finished before their kill)"
echo "ok"
