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

# A few small articles of our own, one per line.
write_articles() {
  cat >"$1" <<'JSONL'
{"id":"e2e-1","lang":"en","published":"2023-11-03","text":"Iranian Foreign Minister Hossein Amir-Abdollahian spoke by phone with Russian Foreign Minister Sergey Lavrov today about Gaza."}
{"id":"e2e-2","lang":"fa","published":"2023-11-03","text":"حسین امیرعبداللهیان وزیر امور خارجه ایران امشب با سرگئی لاوروف وزیر خارجه روسیه تلفنی گفتگو کرد."}
{"id":"e2e-3","lang":"en","published":"2023-06-19","text":"U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing on Sunday."}
JSONL
}
