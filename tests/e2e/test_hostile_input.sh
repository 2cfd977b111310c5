#!/usr/bin/env bash
# Hostile input: malformed UTF-8, invisible characters inside names, NUL bytes, 1 GB files and
# lines, deeply nested and huge JSON, impossible dates, HTML bombs. Each bad record or file is one
# line naming the file (and line); the good records beside them are stored; the exit status is 1;
# what the database held before is still there and `parley check` finds it whole; no stored date
# is impossible; the 1 GB inputs take bounded time and memory. All input is generated here.
source "$(dirname "$0")/lib.sh"
in="$work/in"
mkdir -p "$in/big"

# A database with articles in it already: none of them may be lost.
write_articles "$work/before.jsonl"
expect_status 0 "$PARLEY" ingest -q --db "$work/db" "$work/before.jsonl"

python3 - "$in" <<'PY'
import json, sys
d = sys.argv[1]
def rec(i, text, **kw):
    return json.dumps({"id": f"h-{i}", "lang": "en", "published": "2023-06-19", "text": text, **kw}, ensure_ascii=False)
meet = "Russian Foreign Minister {} met U.S. Secretary of State Antony Blinken in Geneva on Sunday. Report {}."
lines = [
    rec(1, meet.format("Sergey Lavrov", 1)),                                     # 1 good
    b'{"id":"h-2","text":"over\xc0\xaflong"}',                                   # 2 overlong '/'
    b'{"id":"h-3","text":"surro\xed\xa0\x80gate"}',                              # 3 a UTF-16 surrogate
    '{"id":"h-4\\u0000x","text":"Lavrov met Blinken."}',                          # 4 escaped NUL
    b'{"id":"h-5","text":"Lavrov\x00 met Blinken."}',                              # 5 raw NUL
    "[" * 200000,                                                                 # 6 unclosed nesting
    "[" * 200000 + "]" * 200000,                                                  # 7 closed nesting
    rec(8, "x", published="1402-13-40"),                                          # 8..11 unreal dates
    rec(9, "x", published="99999-01-01"),
    rec(10, "x", published="2023-02-30"),
    rec(11, "x", published="0000-00-00"),
    # Bidi controls and zero-width characters inside the name: still Lavrov.
    rec(12, meet.format("Sergey \u202eLavrov", 12)),                             # 12..16
    rec(13, meet.format("\u2067Sergey Lavrov\u2069", 13)),
    rec(14, meet.format("Ser\u200bgey La\u200bvrov", 14)),
    rec(15, meet.format("Sergey Lav\u200drov", 15)),
    rec(16, meet.format("\ufeffSergey Lavrov", 16)),
    # Impossible dates in the text: no impossible date may be stored.
    rec(17, "Sergey Lavrov met Antony Blinken in Geneva on 31 February."),
    json.dumps({"id": "h-18", "lang": "fa", "published": "2023-11-03",
                "text": "سرگئی لاوروف وزیر خارجه روسیه روز ۴۰ مهر ۱۴۰۲ با آنتونی بلینکن دیدار کرد."}, ensure_ascii=False),
    rec(19, "Sergey Lavrov met Antony Blinken in Geneva yesterday.", published="0001-01-01"),
    rec(20, meet.format("Sergey Lavrov", 20)),                                    # 20 good
]
with open(f"{d}/mixed.jsonl", "wb") as f:
    for line in lines:
        f.write((line if isinstance(line, bytes) else line.encode()) + b"\n")
# Huge records: a 50 MB string field; a million keys (10 MB, under the size limit: parsed).
with open(f"{d}/huge.jsonl", "w") as f:
    f.write('{"id":"big","text":"' + "a" * (50 << 20) + '"}\n')
    f.write("{" + ",".join(f'"{i:x}":0' for i in range(1000000)) + ',"text":"Lavrov met Blinken."}\n')
    f.write(rec(30, meet.format("Sergey Lavrov", 30)) + "\n")
with open(f"{d}/late_nul.txt", "wb") as f:
    f.write(b"Sergey Lavrov met Antony Blinken in Geneva. " * 500 + b"\0" + b"tail")
# HTML bombs: 100,000 nested divs; a 20 MB attribute (over the size limit); a 15 MB attribute
# and 2.1 million entities (under it: parsed).
body = "Russian Foreign Minister Sergey Lavrov met Antony Blinken in Geneva on Sunday."
with open(f"{d}/nested.html", "w") as f:
    f.write("<html><body>" + "<div>" * 100000 + body + "</div>" * 100000 + "</body></html>")
with open(f"{d}/attr20.html", "w") as f:
    f.write('<html><body><p title="' + "x" * (20 << 20) + f'">{body}</p></body></html>')
with open(f"{d}/attr15.html", "w") as f:
    f.write('<html><body><p title="' + "x" * (15 << 20) + f'">{body} Attribute.</p></body></html>')
with open(f"{d}/entities.html", "w") as f:
    f.write(f"<html><body><p>{body} Entities.</p><p>" + "&amp;&#x41;&eacute;" * 700000 + "</p></body></html>")
PY

# 1 GB files, sparse (all NUL bytes, no disk used): as .txt the size alone refuses it; as .jsonl
# it is one 1 GB line, read in bounded memory and skipped.
truncate -s 1G "$in/big/zeros.txt" "$in/big/zeros.jsonl"

# measure NAME command...: runs it under /usr/bin/time, keeping the exit status in $work/NAME.rc,
# the output in $work/NAME.out/.err and "seconds maxrss-KB" in $work/NAME.res.
measure() {
  local name=$1; shift
  set +e
  /usr/bin/time -f '%e %M' -o "$work/$name.res" "$@" >"$work/$name.out" 2>"$work/$name.err"
  echo $? >"$work/$name.rc"
  set -e
}
# bounded NAME SECONDS MB: the measured run took at most that long and that much memory. The
# bounds are generous (the machine may be shared) and tripled for a sanitizer build, whose shadow
# memory and checks cost that much.
scale=1
if ldd "$PARLEY" 2>/dev/null | grep -q libasan; then scale=3; fi
bounded() {
  local secs kb
  read -r secs kb < <(tail -n 1 "$work/$1.res")  # after "Command exited with non-zero status"
  echo "$1: $secs s, $((kb / 1024)) MB"
  python3 -c "import sys; sys.exit(not float('$secs') <= $2 * $scale)" || fail "$1 took $secs s (bound $2 s x $scale)"
  [[ $((kb / 1024)) -le $(($3 * scale)) ]] || fail "$1 used $((kb / 1024)) MB (bound $3 MB x $scale)"
}

measure files "$PARLEY" ingest -q -j 2 --db "$work/db" "$in/mixed.jsonl" "$in/huge.jsonl" "$in/late_nul.txt" \
  "$in/nested.html" "$in/attr20.html" "$in/attr15.html" "$in/entities.html"
bounded files 60 1000
[[ $(cat "$work/files.rc") -eq 1 ]] || { cat "$work/files.err" >&2; fail "exit $(cat "$work/files.rc"), wanted 1"; }
err="$work/files.err"
expect_in "$err" "mixed.jsonl:2: invalid UTF-8 at byte"
expect_in "$err" "mixed.jsonl:3: invalid UTF-8 at byte"
expect_in "$err" "mixed.jsonl:4: field \"id\" contains a NUL character"
expect_in "$err" "mixed.jsonl:5: binary data (NUL byte)"
expect_in "$err" "mixed.jsonl:6: not JSON:"
expect_in "$err" "mixed.jsonl:7: record is not a JSON object"
expect_in "$err" "mixed.jsonl:8: \"published\" is not a real ISO date: \"1402-13-40\""
expect_in "$err" "mixed.jsonl:9: \"published\" is not a real ISO date: \"99999-01-01\""
expect_in "$err" "mixed.jsonl:10: \"published\" is not a real ISO date: \"2023-02-30\""
expect_in "$err" "mixed.jsonl:11: \"published\" is not a real ISO date: \"0000-00-00\""
expect_in "$err" "huge.jsonl:1: record is 50 MiB, over the article limit"
expect_in "$err" "late_nul.txt: binary file, not an article (NUL byte at byte 22000)"
expect_in "$err" "nested.html: HTML elements nest over 1000 deep"
expect_in "$err" "attr20.html: file is 20 MiB, over the article limit"
[[ $(wc -l <"$err") -eq 14 ]] || { cat "$err" >&2; fail "expected exactly one line per problem"; }
# Stored: mixed.jsonl lines 1 and 12-20, huge.jsonl lines 2 and 3, attr15.html, entities.html.
expect_in "$work/files.out" "14 articles read: 14 stored"

# The 1 GB inputs, one at a time, each with its time and memory.
measure txt1g "$PARLEY" ingest -q --db "$work/db" "$in/big/zeros.txt"
expect_in "$work/txt1g.err" "zeros.txt: file is 1024 MiB, over the article limit"
bounded txt1g 10 300
measure jsonl1g "$PARLEY" ingest -q --db "$work/db" "$in/big/zeros.jsonl"
expect_in "$work/jsonl1g.err" "zeros.jsonl:1: record is 1024 MiB, over the article limit"
bounded jsonl1g 60 500
# A 1 GB JSON line on stdin, then a good record: streamed past, the good one stored.
set +e
python3 -c "
import sys
out = sys.stdout.buffer
out.write(b'{\"id\":\"line-1g\",\"text\":\"')
chunk = b'Lavrov met Blinken. ' * 52429
for _ in range(1024): out.write(chunk)
out.write(b'\"}\n{\"id\":\"after-1g\",\"lang\":\"en\",\"published\":\"2023-06-19\",\"text\":\"Sergey Lavrov met Antony Blinken in Geneva today.\"}\n')
" | /usr/bin/time -f '%e %M' -o "$work/line1g.res" "$PARLEY" ingest -q --db "$work/db" - >"$work/line1g.out" 2>"$work/line1g.err"
rc=${PIPESTATUS[1]}
set -e
[[ $rc -eq 1 ]] || { cat "$work/line1g.err" >&2; fail "1 GB line: exit $rc, wanted 1"; }
expect_in "$work/line1g.err" "<stdin>:1: record is 1024 MiB, over the article limit"
expect_in "$work/line1g.out" "1 articles read: 1 stored"
bounded line1g 60 500

# Nothing lost, the store whole, every stored date a real one.
expect_status 0 "$PARLEY" check --db "$work/db"
expect_status 0 "$PARLEY" stats --db "$work/db" --json
[[ $(json_get "$work/out" 'j["articles"]') -eq $((3 + 14 + 1)) ]] || fail "articles lost or missing: $(cat "$work/out")"
expect_status 0 "$PARLEY" export --db "$work/db" --format json --out "$work/g.json"
python3 - "$work/g.json" <<'PY' || fail "an impossible date, or a lost or misread article"
import datetime, json, sys
g = json.load(open(sys.argv[1]))
for e in g["edges"]:
    d = e.get("date")
    if d:
        parts = [int(p) for p in d.split("-")]
        datetime.date(parts[0], *(parts[1:] + [1] * (3 - len(parts))))  # raises on an impossible date
        assert len(d) in (4, 7, 10), d
articles = {m["article"] for e in g["edges"] for m in e["mentions"]}
assert {"e2e-1", "e2e-2", "e2e-3"} <= articles, "an article stored before is gone"
# Every report with invisible characters in Lavrov's name resolved to Lavrov, met Blinken.
met = {m["article"] for e in g["edges"] if e["type"] == "met" and
       {e["source"], e["target"]} == {"person:sergey-lavrov", "person:antony-blinken"} for m in e["mentions"]}
missing = {f"h-{i}" for i in (1, 12, 13, 14, 15, 16, 20)} - met
assert not missing, f"not resolved to Lavrov: {sorted(missing)}"
PY
echo "ok"
