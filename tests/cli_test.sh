#!/usr/bin/env bash
# The command-line contract: exit codes, JSON output, batch output, clear errors on bad input.
# Usage: cli_test.sh path/to/vigil tests-dir
set -uo pipefail
vigil="$1"
tests="$2"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The embedded lists, whatever `vigil update` put in service on this machine.
export VIGIL_LISTS_DIR="$tmp/lists-in-service"
# Compiled snapshots go to the test's own cache, never the user's.
export XDG_CACHE_HOME="$tmp/cache"
# Lists loaded from their files are recorded in the default version store: the test's own.
export VIGIL_STORE="$tmp/default-versions.sqlite"
failures=0
passes=0

check() {  # check NAME EXPECTED_EXIT ACTUAL_EXIT
  if [ "$2" -eq "$3" ]; then passes=$((passes + 1)); else
    echo "FAIL: $1: expected exit $2, got $3"; failures=$((failures + 1)); fi
}
contains() {  # contains NAME FILE TEXT
  if grep -q -- "$3" "$2"; then passes=$((passes + 1)); else
    echo "FAIL: $1: '$3' not in output:"; head -20 "$2"; failures=$((failures + 1)); fi
}

"$vigil" screen "Esmaeil Khateeb" --quiet >"$tmp/out" 2>&1; check "screen match exit" 1 $?
contains "screen names the entity" "$tmp/out" "ofac_sdn:39017"
"$vigil" screen "Esmaeil Khateeb" --each-record --quiet >"$tmp/out" 2>&1; check "screen each record exit" 1 $?
contains "each record is its own result" "$tmp/out" "KHATIB \[ofac_sdn:39017\]"
"$vigil" screen "Esmaeil Khateeb" --quiet >"$tmp/out" 2>&1
contains "one result names the party" "$tmp/out" "(party:ofac_sdn:39017)"
"$vigil" screen "Zzyzx Qwerty Plonk" --quiet >"$tmp/out" 2>&1; check "screen no-match exit" 0 $?
"$vigil" screen "Esmaeil Khateeb" --json --quiet >"$tmp/out.json" 2>&1; check "screen json exit" 1 $?
contains "json has entity_id" "$tmp/out.json" '"entity_id": "ofac_sdn:39017"'
"$vigil" screen "" --quiet >"$tmp/out" 2>&1; check "empty name is a usage error" 2 $?
"$vigil" screen "x" --type spaceship --quiet >"$tmp/out" 2>&1; check "bad type" 2 $?
"$vigil" screen "x" --source /nonexistent/list.csv --quiet >"$tmp/out" 2>&1; check "missing source" 3 $?
contains "missing source is named" "$tmp/out" "/nonexistent/list.csv"
printf 'garbage\x00\x01\x02' >"$tmp/garbage.bin"
"$vigil" screen "x" --source "$tmp/garbage.bin" --quiet >"$tmp/out" 2>&1; check "garbage source" 3 $?
"$vigil" nosuchcommand >"$tmp/out" 2>&1; check "unknown command" 2 $?
"$vigil" screen --id imo:9116412 --quiet >"$tmp/out" 2>&1; check "identifier alone matches" 1 $?
contains "identifier finds the vessel" "$tmp/out" "ADRIAN DARYA 1"
"$vigil" screen --id imo:9116413 --quiet >"$tmp/out" 2>&1; check "bad IMO check digit" 2 $?
contains "bad IMO is named" "$tmp/out" "9116413"
"$vigil" screen --id shoe:44 --quiet >"$tmp/out" 2>&1; check "unknown identifier type" 2 $?
"$vigil" screen --quiet >"$tmp/out" 2>&1; check "no name and no identifier" 2 $?
# The records of one party on several lists.
"$vigil" party ofac_sdn:39017 --json >"$tmp/out" 2>&1; check "party exit" 0 $?
contains "party names its id" "$tmp/out" '"group": "party:ofac_sdn:39017"'
contains "party holds the Canadian record" "$tmp/out" '"id": "ca_sema:iran-1-part-2-1-1"'
"$vigil" party nosuch:1 >"$tmp/out" 2>&1; check "party of an unknown id" 2 $?
"$vigil" party --stats >"$tmp/out" 2>&1; check "party stats exit" 0 $?
contains "party stats counts a rule" "$tmp/out" "rule un_reference:"
# Diff of two versions of the lists.
"$vigil" diff "$tests/data/ofac_sdn_2021_07" "$tests/../data/lists/ofac_sdn" --json >"$tmp/diff.json" 2>&1; check "diff exit" 0 $?
contains "diff names an added entity" "$tmp/diff.json" '"id": "ofac_sdn:17013"'
contains "diff names changed sections" "$tmp/diff.json" '"sections"'
"$vigil" diff "$tests/data/ofac_sdn_2021_07" /nonexistent/lists >"$tmp/out" 2>&1; check "diff missing new version" 3 $?
contains "diff names the missing path" "$tmp/out" "/nonexistent/lists"
# The version store: record twice (the second time nothing new), then diff the last two.
store="$tmp/versions.sqlite"
"$vigil" record --store "$store" --source "$tests/data/ofac_sdn_2021_07" --quiet >"$tmp/out" 2>&1; check "record exit" 0 $?
contains "record says recorded" "$tmp/out" "recorded as version 1"
"$vigil" record --store "$store" --source "$tests/data/ofac_sdn_2021_07" --quiet >"$tmp/out" 2>&1; check "record again exit" 0 $?
contains "same files are not a new version" "$tmp/out" "unchanged since version 1"
"$vigil" diff --store "$store" >"$tmp/out" 2>&1; check "diff with one version" 2 $?
"$vigil" record --store "$store" --source "$tests/../data/lists/ofac_sdn" --quiet >"$tmp/out" 2>&1; check "record new version" 0 $?
"$vigil" versions --store "$store" --json >"$tmp/out" 2>&1; check "versions exit" 0 $?
contains "versions lists the files" "$tmp/out" '"sha256"'
"$vigil" diff --store "$store" --json >"$tmp/out" 2>&1; check "diff of the last two versions" 0 $?
contains "stored diff names an added entity" "$tmp/out" '"id": "ofac_sdn:17013"'
"$vigil" diff 1 99 --store "$store" >"$tmp/out" 2>&1; check "diff of an unknown version" 2 $?
printf 'not a database at all, just some text\n' >"$tmp/bad.sqlite"
"$vigil" versions --store "$tmp/bad.sqlite" >"$tmp/out" 2>&1; check "foreign store file" 3 $?
contains "foreign store is named" "$tmp/out" "bad.sqlite"
# Dataset and program selection.
"$vigil" screen "Esmaeil Khateeb" --program IRAN-HR --quiet >"$tmp/out" 2>&1; check "program selected" 1 $?
"$vigil" screen "Esmaeil Khateeb" --dataset un_sc --quiet >"$tmp/out" 2>&1; check "other dataset only" 0 $?
"$vigil" screen "Esmaeil Khateeb" --exclude-dataset ofac_sdn --exclude-dataset au_dfat --exclude-dataset ca_sema --quiet >"$tmp/out" 2>&1; check "datasets excluded" 0 $?
"$vigil" screen "Esmaeil Khateeb" --exclude-program SDGT --quiet >"$tmp/out" 2>&1; check "other program excluded" 1 $?
"$vigil" screen "Esmaeil Khateeb" --dataset eu_nowhere --quiet >"$tmp/out" 2>&1; check "unknown dataset" 2 $?
contains "unknown dataset is named" "$tmp/out" "eu_nowhere"
contains "loaded datasets are listed" "$tmp/out" "au_dfat, ca_sema, ofac_cons, ofac_sdn, uk_ofsi, un_sc, us_csl"
"$vigil" screen "Esmaeil Khateeb" --program IRAN-H --quiet >"$tmp/out" 2>&1; check "unknown program" 2 $?

printf 'id,name,type\n1,Esmaeil Khateeb,person\n2,Evin Prison,organization\n3,Nobody Atall Here,\n4,,\n' >"$tmp/in.csv"
"$vigil" batch "$tmp/in.csv" --output "$tmp/out.jsonl" --quiet >"$tmp/out" 2>&1; check "batch exit" 0 $?
[ "$(wc -l <"$tmp/out.jsonl")" -eq 4 ] && passes=$((passes + 1)) || { echo "FAIL: batch line count"; failures=$((failures + 1)); }
contains "batch row 1 matched" "$tmp/out.jsonl" '"entity_id":"ofac_sdn:39017"'
contains "batch bad row has error" "$tmp/out.jsonl" '"error"'
"$vigil" batch "$tmp/in.csv" --output "$tmp/sel.jsonl" --dataset un_sc --quiet >"$tmp/out" 2>&1; check "batch with selection" 0 $?
if grep -q '"source_id":"39017"' "$tmp/sel.jsonl"; then
  echo "FAIL: batch --dataset un_sc returned an OFAC entity"; failures=$((failures + 1))
else passes=$((passes + 1)); fi
"$vigil" batch "$tmp/in.csv" --output "$tmp/sel.jsonl" --program NOPE --quiet >"$tmp/out" 2>&1; check "batch unknown program" 2 $?
printf 'id,name,identifiers\n1,,imo:9116412\n2,John Smith,passport:D1017310:IQ\n3,x,imo:123\n' >"$tmp/ids.csv"
"$vigil" batch "$tmp/ids.csv" --output "$tmp/ids.jsonl" --quiet >"$tmp/out" 2>&1; check "batch identifiers exit" 0 $?
contains "batch identifier row" "$tmp/ids.jsonl" '"source_id":"27304"'
contains "batch passport row" "$tmp/ids.jsonl" '"source_id":"27015"'
contains "batch bad identifier is an error" "$tmp/ids.jsonl" 'not an IMO number'
# A row that is not UTF-8, or whose name has no letters or digits, is an error record naming
# its line; the rows after it are still screened.
printf 'id,name\n1,Esmail \xff\xfe Khatib\n2,!!!\n3,Esmaeil Khateeb\n' >"$tmp/bad.csv"
"$vigil" batch "$tmp/bad.csv" --output "$tmp/bad.jsonl" --quiet >"$tmp/out" 2>&1; check "batch with bad rows exit" 0 $?
[ "$(wc -l <"$tmp/bad.jsonl")" -eq 3 ] && passes=$((passes + 1)) || { echo "FAIL: batch bad rows line count"; failures=$((failures + 1)); }
contains "batch invalid UTF-8 is an error on its line" "$tmp/bad.jsonl" '"error":"line 2: not valid UTF-8"'
contains "batch name without letters is an error on its line" "$tmp/bad.jsonl" '"error":"line 3: '
contains "batch goes on after bad rows" "$tmp/bad.jsonl" '"entity_id":"ofac_sdn:39017"'
printf 'name\nfoo\n' >"$tmp/noid.csv"
"$vigil" batch "$tmp/noid.csv" --output "$tmp/x.jsonl" --quiet >"$tmp/out" 2>&1; check "batch without id column" 3 $?

"$vigil" compare "Esmaeil Khateeb" "Esmail KHATIB" --type person --quiet >"$tmp/out" 2>&1; check "compare exit" 0 $?
contains "compare says match" "$tmp/out" "MATCH"
printf 'query\tcandidate\ttype\nEsmail Khatib\tEsmail KHATIB\tperson\nJohn Smith\tEsmail KHATIB\tperson\n' >"$tmp/pairs.tsv"
"$vigil" compare --pairs "$tmp/pairs.tsv" --quiet >"$tmp/out" 2>&1; check "compare pairs exit" 0 $?
contains "pairs true" "$tmp/out" "true"
contains "pairs false" "$tmp/out" "false"
printf 'query\tcandidate\n# a comment\n!!!\tEsmail KHATIB\nonly one field\nEsmail \xff Khatib\tEsmail KHATIB\nEsmail Khatib\tEsmail KHATIB\tnope\nEsmail Khatib\tEsmail KHATIB\n' >"$tmp/badpairs.tsv"
"$vigil" compare --pairs "$tmp/badpairs.tsv" --quiet >"$tmp/out" 2>"$tmp/err"; check "compare pairs with bad rows exit" 0 $?
contains "pairs name without letters is a row error" "$tmp/out" "line 3: a name has no letters or digits"
contains "pairs short row is a row error" "$tmp/out" "line 4: expected query"
contains "pairs invalid UTF-8 is a row error" "$tmp/out" "line 5: a name is not valid UTF-8"
contains "pairs unknown type is a row error" "$tmp/out" "line 6: unknown type 'nope'"
contains "pairs go on after errors" "$tmp/out" "1.0000	true"
contains "pairs errors counted on stderr" "$tmp/err" "4 with errors"

"$vigil" eval-translit --data "$tests/data/translit" --quiet >"$tmp/out" 2>&1; check "eval-translit exit" 0 $?
contains "eval-translit reports ar2en" "$tmp/out" "ar2en"
contains "eval-translit reports wd_russian" "$tmp/out" "wd_russian"
"$vigil" eval-translit --data "$tests/data/translit" --json --quiet --misses "$tmp/misses.tsv" >"$tmp/out.json" 2>&1; check "eval-translit json exit" 0 $?
contains "eval-translit json has accuracy" "$tmp/out.json" '"accuracy"'
contains "eval-translit misses header" "$tmp/misses.tsv" "to_latin_score"
"$vigil" eval-translit --data "$tmp/nowhere" --quiet >"$tmp/out" 2>&1; check "eval-translit without data" 3 $?

"$vigil" lists --quiet >"$tmp/out" 2>&1; check "lists exit" 0 $?
contains "lists shows sdn" "$tmp/out" "ofac_sdn"
contains "lists shows un" "$tmp/out" "un_sc"
contains "lists shows hashes" "$tmp/out" "sha256"

# export: the lists as FollowTheMoney JSON lines, read back as a source of their own.
"$vigil" export --format ftm --source "$tests/data/ofac_sdn_2021_07" --output "$tmp/sdn.ftm.json" --quiet >"$tmp/out" 2>&1; check "export exit" 0 $?
[ "$(grep -c '"schema":"Vessel"' "$tmp/sdn.ftm.json")" -gt 0 ] && passes=$((passes + 1)) || { echo "FAIL: export has no vessels"; failures=$((failures + 1)); }
[ ! -e "$tmp/sdn.ftm.json.partial" ] && passes=$((passes + 1)) || { echo "FAIL: export left its partial file"; failures=$((failures + 1)); }
"$vigil" lists --source "$tmp/sdn.ftm.json" --quiet >"$tmp/out" 2>&1; check "lists of an export exit" 0 $?
contains "export read back as ftm" "$tmp/out" "ftm  FollowTheMoney entities"
contains "export keeps every entity" "$tmp/out" "entities:    8976  (skipped records: 0)"
"$vigil" screen --id imo:9116412 --source "$tmp/sdn.ftm.json" --quiet >"$tmp/out" 2>&1; check "screen an export by identifier" 1 $?
contains "export keeps identifiers" "$tmp/out" "ADRIAN DARYA 1"
"$vigil" export --format ftm --source "$tests/data/ofac_sdn_2021_07" --output "$tmp/sdn2.ftm.json" --json --quiet >"$tmp/out.json" 2>&1; check "export json exit" 0 $?
contains "export json counts entities" "$tmp/out.json" '"entities": 8976'
"$vigil" export --format ftm --source "$tests/data/ofac_sdn_2021_07" --quiet 2>"$tmp/err" | head -1 >"$tmp/out"
contains "export to standard output" "$tmp/out" '"schema":"Organization"'
"$vigil" export --format xml --quiet >"$tmp/out" 2>&1; check "export unknown format" 2 $?
"$vigil" export --format ftm --json --quiet >"$tmp/out" 2>&1; check "export json without output" 2 $?
"$vigil" export --format ftm --source "$tmp/garbage.bin" --output "$tmp/x.json" --quiet >"$tmp/out" 2>&1; check "export of a bad source" 3 $?

# Own lists (docs/own-lists.md): a blocklist screens like any list; an allow list says its kind.
"$vigil" screen "Ivan Sidorov" --source "$tests/data/lists/internal_blocklist" --quiet >"$tmp/out" 2>&1; check "screen an own list" 1 $?
contains "own list entity" "$tmp/out" "internal_blocklist:c-0001"
"$vigil" lists --source "$tests/data/lists/cleared_parties" --json --quiet >"$tmp/out.json" 2>&1; check "lists an allow list" 0 $?
contains "allow list kind" "$tmp/out.json" '"kind": "allow"'
"$vigil" lists --source "$tests/data/lists/ftm_fixture" --quiet >"$tmp/out" 2>&1; check "lists the ftm fixture" 0 $?
contains "ftm fixture counts" "$tmp/out" "entities:    9  (skipped records: 6)"

# vigil update against a loopback server (Python's http.server on 127.0.0.1): the real OFAC
# Consolidated XML is put in service and used by default; a missing file fails alone (exit 6).
mkdir -p "$tmp/www"
cp "$tests/../data/lists/ofac_cons/consolidated.xml" "$tmp/www/consolidated.xml"
/usr/bin/python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$tmp/www" >"$tmp/http.log" 2>&1 &
http_pid=$!
trap 'kill "$http_pid" 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 100); do grep -q "port" "$tmp/http.log" && break; sleep 0.1; done
port=$(sed -n 's/.* port \([0-9]*\).*/\1/p' "$tmp/http.log" | head -1)
cat >"$tmp/sources.json" <<JSON
{"datasets": [
  {"id": "ofac_cons", "title": "OFAC Consolidated (loopback)", "authority": "OFAC",
   "files": [{"url": "http://127.0.0.1:$port/consolidated.xml", "name": "consolidated.xml"}]},
  {"id": "broken", "title": "A list whose file is missing",
   "files": [{"url": "http://127.0.0.1:$port/missing.xml", "name": "missing.xml"}]}]}
JSON
update=("$vigil" update --config "$tmp/sources.json" --store "$tmp/update.sqlite")
"${update[@]}" --json --quiet >"$tmp/out" 2>&1; check "update with one failing dataset" 6 $?
contains "update puts the list in service" "$tmp/out" '"status": "updated"'
contains "update names the failure" "$tmp/out" "HTTP status 404"
"$vigil" lists --quiet >"$tmp/out" 2>&1; check "lists after update" 0 $?
contains "lists says where the list came from" "$tmp/out" "origin:      updated"
"$vigil" lists --source "$tests/data/lists/internal_blocklist" --quiet >"$tmp/out" 2>&1; check "lists with --source" 0 $?
contains "source origin" "$tmp/out" "origin:      source"
"${update[@]}" --dataset ofac_cons >"$tmp/out" 2>/dev/null; check "update again" 0 $?
contains "same files are unchanged" "$tmp/out" "unchanged"
"${update[@]}" --dataset nosuch --quiet >"$tmp/out" 2>&1; check "update of an unknown dataset" 2 $?
printf '{"datasets": [{"id": "x", "title": "t", "files": [{"url": "ftp://x", "name": "a"}]}]}' >"$tmp/bad-sources.json"
"$vigil" update --config "$tmp/bad-sources.json" --quiet >"$tmp/out" 2>&1; check "bad configuration" 3 $?
contains "bad configuration names the element" "$tmp/out" "datasets\[0\].files\[0\].url"

# The compiled snapshot: built on first use, used while the list files are unchanged, rebuilt
# when one changes or the snapshot is damaged. A cache of its own: the one file in it is this
# list's snapshot.
export XDG_CACHE_HOME="$tmp/snapshot-cache"
export VIGIL_STORE="$tmp/snapshot-versions.sqlite"
cp -r "$tests/../data/lists/un_sc" "$tmp/un_sc"
"$vigil" lists --source "$tmp/un_sc" >"$tmp/out" 2>&1; check "snapshot first use exit" 0 $?
contains "first use builds the snapshot" "$tmp/out" "rebuilding snapshot: no snapshot at $XDG_CACHE_HOME/vigil/snapshot-"
contains "first use saves the snapshot" "$tmp/out" "saved snapshot"
contains "loading the files records the version" "$tmp/out" "recorded un_sc as version"
"$vigil" versions --dataset un_sc >"$tmp/out" 2>&1; check "versions of the recorded load" 0 $?
contains "the load is in the default store" "$tmp/out" "un_sc"
"$vigil" lists --source "$tmp/un_sc" --no-snapshot >"$tmp/out" 2>&1
! grep -q "recorded" "$tmp/out" && passes=$((passes + 1)) || { echo "FAIL: a recorded version was recorded again"; failures=$((failures + 1)); }
VIGIL_STORE="$tmp/norecord.sqlite" "$vigil" lists --source "$tmp/un_sc" --no-snapshot --no-record >"$tmp/out" 2>&1
[ ! -e "$tmp/norecord.sqlite" ] && passes=$((passes + 1)) || { echo "FAIL: --no-record wrote a store"; failures=$((failures + 1)); }
"$vigil" lists --source "$tmp/un_sc" >"$tmp/out" 2>&1; check "snapshot second use exit" 0 $?
contains "second use starts from the snapshot" "$tmp/out" "using snapshot $XDG_CACHE_HOME/vigil/snapshot-"
contains "snapshot serves the same lists" "$tmp/out" "un_sc"
touch -d "2030-01-01" "$tmp/un_sc/consolidated.xml"
"$vigil" lists --source "$tmp/un_sc" >"$tmp/out" 2>&1; check "touched source exit" 0 $?
contains "a touched source rebuilds" "$tmp/out" "rebuilding snapshot: $tmp/un_sc/consolidated.xml changed"
cache_file=$(ls "$XDG_CACHE_HOME"/vigil/snapshot-*.vgs)
printf 'X' | dd of="$cache_file" bs=1 seek=5000 conv=notrunc 2>/dev/null
"$vigil" lists --source "$tmp/un_sc" >"$tmp/out" 2>&1; check "damaged snapshot exit" 0 $?
contains "a damaged snapshot rebuilds" "$tmp/out" "rebuilding snapshot: snapshot $cache_file is damaged"
"$vigil" snapshot build --source "$tmp/un_sc" --output "$tmp/un.vgs" >"$tmp/out" 2>&1; check "snapshot build exit" 0 $?
contains "snapshot build saves" "$tmp/out" "saved snapshot $tmp/un.vgs"
"$vigil" snapshot info "$tmp/un.vgs" >"$tmp/out" 2>&1; check "snapshot info exit" 0 $?
contains "snapshot info says current" "$tmp/out" "unchanged since the snapshot was built"
contains "snapshot info names the dataset" "$tmp/out" "dataset:     un_sc"
"$vigil" screen "Esmaeil Khateeb" --source "$tmp/un_sc" --snapshot "$tmp/un.vgs" >"$tmp/out" 2>&1
contains "--snapshot FILE is used" "$tmp/out" "using snapshot $tmp/un.vgs"
"$vigil" lists --source "$tmp/un_sc" --no-snapshot >"$tmp/out" 2>&1; check "no-snapshot exit" 0 $?
! grep -q "snapshot" "$tmp/out" && passes=$((passes + 1)) || { echo "FAIL: --no-snapshot mentions a snapshot"; failures=$((failures + 1)); }
"$vigil" snapshot info "$tmp/garbage.bin" >"$tmp/out" 2>&1; check "snapshot info on garbage" 3 $?
contains "garbage is not a snapshot" "$tmp/out" "not a vigil snapshot"
# API keys: made once, stored hashed, listed without the key, removed.
export VIGIL_API_KEYS="$tmp/keys/api-keys.json"
"$vigil" keys add payments --role screen >"$tmp/key" 2>"$tmp/out"; check "keys add exit" 0 $?
grep -q '^vgk_[0-9a-f]\{64\}$' "$tmp/key" && passes=$((passes + 1)) || { echo "FAIL: keys add prints the key"; failures=$((failures + 1)); }
"$vigil" keys add ops --role admin >"$tmp/admin-key" 2>"$tmp/out"; check "keys add admin exit" 0 $?
"$vigil" keys add payments >"$tmp/out" 2>&1; check "duplicate key name" 2 $?
"$vigil" keys add other --role root >"$tmp/out" 2>&1; check "unknown role" 2 $?
! grep -q "$(cat "$tmp/key")" "$VIGIL_API_KEYS" && passes=$((passes + 1)) || { echo "FAIL: key file holds the key"; failures=$((failures + 1)); }
[ "$(stat -c %a "$VIGIL_API_KEYS")" = 600 ] && passes=$((passes + 1)) || { echo "FAIL: key file not 0600"; failures=$((failures + 1)); }
"$vigil" keys list >"$tmp/out" 2>&1; check "keys list exit" 0 $?
contains "keys list names the key" "$tmp/out" "payments"
! grep -q "$(cat "$tmp/key")" "$tmp/out" && passes=$((passes + 1)) || { echo "FAIL: keys list shows the key"; failures=$((failures + 1)); }
"$vigil" keys remove nosuch >"$tmp/out" 2>&1; check "remove unknown key" 2 $?
echo '{"keys": 5}' >"$tmp/bad-keys.json"
"$vigil" keys list --file "$tmp/bad-keys.json" >"$tmp/out" 2>&1; check "damaged key file" 3 $?
contains "damaged key file is named" "$tmp/out" "bad-keys.json"

# vigil serve end to end: keys enforced, SIGHUP reloads, SIGTERM stops gracefully.
echo '{"max_bach": 3}' >"$tmp/bad-serve.json"
"$vigil" serve --config "$tmp/bad-serve.json" --quiet >"$tmp/out" 2>&1; check "serve config typo" 2 $?
contains "serve config typo named" "$tmp/out" "max_bach"
"$vigil" serve --host 0.0.0.0 --api-keys "$tmp/keys/none.json" --quiet >"$tmp/out" 2>&1; check "serve missing key file" 2 $?
VIGIL_API_KEYS="$tmp/keys/none.json" "$vigil" serve --host 0.0.0.0 --quiet >"$tmp/out" 2>&1; check "serve off loopback without keys" 2 $?
contains "serve says why it refuses" "$tmp/out" "refusing to listen on 0.0.0.0 without API keys"
echo '{"port": 0, "log": "'"$tmp"'/serve.log"}' >"$tmp/serve.json"
"$vigil" serve --config "$tmp/serve.json" --source "$tmp/un_sc" --quiet >"$tmp/serve.out" 2>&1 &
serve_pid=$!
url=""
for _ in $(seq 1 300); do
  url=$(grep -o '"url":"[^"]*"' "$tmp/serve.log" 2>/dev/null | head -1 | cut -d'"' -f4)
  [ -n "$url" ] && break; sleep 0.1
done
if [ -z "$url" ]; then echo "FAIL: serve did not start"; cat "$tmp/serve.out"; failures=$((failures + 1)); else
  code=$(curl -s -o "$tmp/out" -w '%{http_code}' "$url/healthz"); check "serve healthz" 200 "$code"
  code=$(curl -s -o "$tmp/out" -w '%{http_code}' -X POST -d '{"name":"Esmaeil Khateeb"}' "$url/v1/screen")
  check "serve without a key" 401 "$code"
  code=$(curl -s -o "$tmp/out" -w '%{http_code}' -H "Authorization: Bearer $(cat "$tmp/key")" \
    -X POST -d '{"name":"Eric Badege"}' "$url/v1/screen"); check "serve with a key" 200 "$code"
  contains "serve finds the entity" "$tmp/out" "BADEGE"
  code=$(curl -s -o "$tmp/out" -w '%{http_code}' -H "X-API-Key: $(cat "$tmp/key")" "$url/metrics")
  check "metrics need admin" 403 "$code"
  code=$(curl -s -o "$tmp/out" -w '%{http_code}' -H "X-API-Key: $(cat "$tmp/admin-key")" "$url/metrics")
  check "metrics with admin" 200 "$code"
  contains "metrics count the screen" "$tmp/out" 'vigil_http_requests_total{method="POST",route="/v1/screen",code="200"} 1'
  contains "log has request ids" "$tmp/serve.log" '"request_id"'
  ! grep -qi "Badege\|Khateeb" "$tmp/serve.log" && passes=$((passes + 1)) || { echo "FAIL: the log holds a screened name"; failures=$((failures + 1)); }
  kill -HUP "$serve_pid"
  for _ in $(seq 1 100); do grep -q '"generation":2' "$tmp/serve.log" && break; sleep 0.1; done
  contains "SIGHUP reloads the lists" "$tmp/serve.log" '"generation":2'
  contains "SIGHUP reloads the keys" "$tmp/serve.log" 'API keys reloaded'
  kill -TERM "$serve_pid"; wait "$serve_pid"; check "serve stops cleanly" 0 $?
  contains "serve says it stopped" "$tmp/serve.log" '"msg":"stopped"'
fi
unset VIGIL_API_KEYS
echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
