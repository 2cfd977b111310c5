#!/usr/bin/env bash
# The demo behind `make demo`: ingest the bundled example articles (Persian, English, Arabic and
# Russian, written for parley) into a fresh database and show who talked to whom, and when.
#   examples/demo.sh [path/to/parley]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
parley=${1:-$here/../build/parley}
db=$(mktemp -d)/parley.db
trap 'rm -rf "$(dirname "$db")"' EXIT

echo "== parley ingest examples/articles"
"$parley" ingest --db "$db" "$here/articles"
echo
echo "== parley stats"
"$parley" stats --db "$db"
echo
echo "== parley timeline (every contact, in date order, with its evidence)"
"$parley" timeline --db "$db"
echo
echo "== parley timeline 'امیرعبداللهیان' (one official, named in Persian)"
"$parley" timeline --db "$db" "امیرعبداللهیان"
