#!/usr/bin/env bash
# Parallel ingest stores exactly what a one-thread ingest stores: the writer keeps input order,
# so the same story twice in one input is stored once (the first copy) whatever the threads.
source "$(dirname "$0")/lib.sh"

# 240 articles from a few templates of our own, with repeated texts under new ids.
people_en=("Hossein Amir-Abdollahian" "Sergey Lavrov" "Antony Blinken" "Wang Yi")
roles_en=("Iranian Foreign Minister" "Russian Foreign Minister" "U.S. Secretary of State" "Chinese Foreign Minister")
{
  for i in $(seq 0 239); do
    a=$((i % 4)); b=$(((i / 4 + 1 + a) % 4)); [[ $a -eq $b ]] && b=$(((b + 1) % 4))
    day=$(printf '%02d' $((i % 28 + 1)))
    case $((i % 3)) in
      0) text="${roles_en[$a]} ${people_en[$a]} met ${roles_en[$b]} ${people_en[$b]} on Monday to discuss trade. Story $((i % 50))." ;;
      1) text="${roles_en[$a]} ${people_en[$a]} spoke by phone with ${people_en[$b]} today. Story $((i % 50))." ;;
      2) text="حسین امیرعبداللهیان وزیر امور خارجه ایران امروز با سرگئی لاوروف وزیر خارجه روسیه دیدار کرد. خبر $((i % 50))." ;;
    esac
    printf '{"id":"p-%d","published":"2023-05-%s","text":"%s"}\n' "$i" "$day" "$text"
  done
} >"$work/many.jsonl"

for j in 1 2 3; do
  expect_status 0 "$PARLEY" ingest -q --threads "$j" --db "$work/db$j" "$work/many.jsonl"
  cp "$work/out" "$work/summary$j"
  expect_status 0 "$PARLEY" export --db "$work/db$j" --format json --out "$work/export$j.json"
  expect_status 0 "$PARLEY" stats --db "$work/db$j"
  cp "$work/out" "$work/stats$j"
done
expect_in "$work/summary1" "240 articles read"
[[ $(json_get "$work/export1.json" "len(j['edges'])") -gt 10 ]] || fail "too few edges to compare"
for j in 2 3; do
  # The summaries differ only in the timing.
  diff <(sed 's/ ([0-9.]* s.*//' "$work/summary1") <(sed 's/ ([0-9.]* s.*//' "$work/summary$j") || fail "summary differs with $j threads"
  cmp "$work/export1.json" "$work/export$j.json" || fail "export differs with $j threads"
  cmp "$work/stats1" "$work/stats$j" || fail "stats differ with $j threads"
done
echo "ok"
