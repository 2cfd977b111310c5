#!/usr/bin/env bash
# Bad input: each problem is one line naming the file (and line); the good articles are still
# stored; the exit status is 1; the database stays readable.
source "$(dirname "$0")/lib.sh"
good='{"id":"good-%s","lang":"en","published":"2023-06-19","text":"Antony Blinken met Qin Gang in Beijing on Sunday (%s)."}'
mkdir -p "$work/in" "$work/emptydir"
{
  printf "$good\n" 1 1
  echo '{this is not json'
  echo '{"id":"no-text","published":"2023-06-19"}'
  printf '{"id":"bad-utf8","text":"caf\xe9"}\n'
  echo '{"id":"bad-date","text":"x","published":"2023-02-30"}'
  printf "$good\n" 2 2
} >"$work/in/mixed.jsonl"
: >"$work/in/empty.txt"
printf 'abc\0\1\2binary' >"$work/in/blob.txt"
printf 'Lavrov m\xeat Blinken.' >"$work/in/latin1.txt"
python3 -c "
import sys
with open(sys.argv[1], 'w') as f:
    f.write('{\"id\":\"huge\",\"text\":\"' + 'a' * (100 * 1024 * 1024) + '\"}\n')
    f.write('{\"id\":\"after-huge\",\"lang\":\"en\",\"text\":\"Lavrov met Blinken today.\",\"published\":\"2023-06-19\"}\n')
" "$work/in/huge.jsonl"

expect_status 1 "$PARLEY" ingest --db "$work/db" "$work/in" "$work/missing.jsonl" "$work/emptydir"
err="$work/err"
expect_in "$err" "mixed.jsonl:2: not JSON"
expect_in "$err" "mixed.jsonl:3: record has no \"text\""
expect_in "$err" "mixed.jsonl:4: invalid UTF-8"
expect_in "$err" "mixed.jsonl:5: \"published\" is not a real ISO date"
expect_in "$err" "empty.txt: empty file"
expect_in "$err" "blob.txt: binary file"
expect_in "$err" "latin1.txt: invalid UTF-8 at byte 8"
expect_in "$err" "huge.jsonl:1: record is 100 MiB, over the article limit"
expect_in "$err" "missing.jsonl: no such file or directory"
expect_in "$err" "emptydir: directory has no articles"
[[ $(wc -l <"$err") -eq 10 ]] || { cat "$err" >&2; fail "expected exactly one line per problem"; }
expect_in "$work/out" "3 articles read: 3 stored"

expect_status 0 "$PARLEY" stats --db "$work/db" --json
[[ $(json_get "$work/out" 'j["articles"]') == 3 ]] || fail "the good articles were not all stored"
expect_status 0 "$PARLEY" export --db "$work/db" --format json --out "$work/g.json"
echo "ok"
