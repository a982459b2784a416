#!/usr/bin/env bash
# make check: the web edition's checks. Fails on any finding.
#
#   1. installs what it needs, idempotently (apt: Java, Chromium, Node;
#      npm: vnu-jar, axe-core, puppeteer-core into .tools/)
#   2. builds two more sites beside public/: the same inbox at a sub-path
#      baseURL, and a fixture with people, quotes, figures and hostile text
#      and a subscribe form (params.subscribe.action set); each build
#      indexes itself for search (Pagefind, installed by the build)
#   3. Nu HTML Checker (errors) on every page of all three
#   4. links, fragments, other-host requests, feeds (gofeed) and sitemap
#   5. hostile text comes out literally, never as markup
#   6. axe-core in headless Chromium, light and dark, phone and desktop
#   7. the home page's HTML + CSS stay under 14 KB gzipped
#   8. search in a real browser: the sub-path build served on loopback
#      under its path, "Putin" typed into the search page finds the sample
#      story, and no request leaves the host (scripts/search-browser.js)
#
#   9. with CHECK_LIGHTHOUSE=1, Lighthouse (scripts/lighthouse.sh)
#
# Set CHECK_KEEP=1 to keep the temporary builds.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TOOLS=$ROOT/.tools
SUB_BASE=https://example.org/briefing/
FEED_ITEMS=$(sed -n 's/^ *feedItems *= *\([0-9]*\).*/\1/p' config.toml | head -1)
FEED_ITEMS=${FEED_ITEMS:-30}
BASE=$(sed -n 's/^baseURL *= *"\(.*\)"/\1/p' config.toml | head -1)
# The program, as make builds it (make check builds it through make site).
go build -o .briefing/bin/briefing ./generator
GEN=(.briefing/bin/briefing)

say() { printf '\n== %s\n' "$*" >&2; }
fail=0
finding() { echo "FAIL: $*" >&2; fail=1; }

# --- 1. tools ---------------------------------------------------------------
need_apt=()
command -v java >/dev/null || need_apt+=(openjdk-17-jre-headless)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v node >/dev/null || need_apt+=(nodejs npm)
command -v python3 >/dev/null || need_apt+=(python3)
if [ ${#need_apt[@]} -gt 0 ]; then
  say "installing ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi
# npm ci only when the lock file changed since the last install.
mkdir -p "$TOOLS"
lock_sum=$(sha256sum scripts/tools/package-lock.json | cut -d' ' -f1)
if [ "$(cat "$TOOLS/.installed" 2>/dev/null)" != "$lock_sum" ]; then
  say "installing npm tools into .tools/"
  cp scripts/tools/package.json scripts/tools/package-lock.json "$TOOLS/"
  (cd "$TOOLS" && CI=true npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_sum" >"$TOOLS/.installed"
fi
VNU="$TOOLS/node_modules/vnu-jar/build/dist/vnu.jar"

# --- 2. builds --------------------------------------------------------------
TMP=$(mktemp -d /tmp/briefing-check.XXXXXX)
SERVER=
cleanup() {
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null || true
  [ -n "${CHECK_KEEP:-}" ] && echo "kept $TMP" >&2 || rm -rf "$TMP"
}
trap cleanup EXIT

[ -f public/index.html ] || { say "building public/"; "${GEN[@]}" build; }

say "building at a sub-path: $SUB_BASE"
"${GEN[@]}" build --base-url "$SUB_BASE" --content "$TMP/sub-content" --public "$TMP/sub" >"$TMP/sub.log"
grep '^search:' "$TMP/sub.log" >&2 || finding "the sub-path build has no search index"

# The fixture: the sample inbox twice (two issues in two months), its
# entity, quote and figure lists filled with test values, some hostile.
# Edits to generated content survive the build (see `briefing ingest -h`).
say "building the fixture"
mkdir -p "$TMP/inbox"
for d in inbox/*/; do
  name=$(basename "$d")
  cp -r "$d" "$TMP/inbox/$name"
  cp -r "$d" "$TMP/inbox/2000-01-31"
done
# One issue composed as an editor would: a note (hostile, like article
# text), a second story filed under a section folder, so the pages show
# the note, the contents, the lead and a section.
mkdir -p "$TMP/inbox/2000-01-31/sport"
printf '%s\n' '---' 'title: "A <b>special</b> issue"' '---' \
  'Good morning. <script>alert("note")</script> {{< shortcode >}} & *stars*.' '' 'A second paragraph.' \
  >"$TMP/inbox/2000-01-31/_index.md"
printf '%s\n' 'Rovers reach the cup final' '' \
  'Rovers beat United two goals to one in the cup semi-final at a packed stadium on Saturday evening.' '' \
  'A late header from the captain settled a tense match after United had levelled early in the second half.' \
  >"$TMP/inbox/2000-01-31/sport/rovers.txt"
"${GEN[@]}" ingest --out "$TMP/fixture-content" "$TMP/inbox" >/dev/null
python3 scripts/enrich-fixture.py "$TMP/fixture-content" >/dev/null
SUBSCRIBE=https://lists.example.net/subscribe
HUGO_PARAMS_SUBSCRIBE_ACTION=$SUBSCRIBE "${GEN[@]}" build --inbox "$TMP/inbox" --content "$TMP/fixture-content" --public "$TMP/fixture" >/dev/null
for p in "$TMP/fixture/index.html" "$TMP"/fixture/issues/*-*-*/index.html; do
  grep -q "action=\"\?$SUBSCRIBE" "$p" || finding "${p#"$TMP/"} has no subscribe form posting to $SUBSCRIBE"
done

# A real ten-article issue for the weight budget, when the BBC corpus is
# here (CORPUS=/path/to/bbc to point elsewhere); skipped otherwise.
CORPUS=${CORPUS:-$ROOT/../shared/corpus/bbc}
sites=(public "$TMP/sub" "$TMP/fixture")
if [ -d "$CORPUS/tech" ]; then
  say "building a ten-article issue from $CORPUS"
  mkdir -p "$TMP/bbc-inbox/2005-03-01"
  for t in business entertainment politics sport tech; do
    for n in 001 002; do cp "$CORPUS/$t/$n.txt" "$TMP/bbc-inbox/2005-03-01/${t}_$n.txt"; done
  done
  "${GEN[@]}" build --inbox "$TMP/bbc-inbox" --content "$TMP/bbc-content" --public "$TMP/bbc" >/dev/null
  sites+=("$TMP/bbc")
else
  echo "no corpus at $CORPUS: the ten-article weight check is skipped" >&2
fi

# --- 3. Nu HTML Checker -----------------------------------------------------
say "Nu HTML Checker"
# email.html is the email edition: table layout on purpose, not web HTML.
mapfile -t html_files < <(find "${sites[@]}" -name '*.html' ! -name 'email.html' | sort)
if ! java -jar "$VNU" --errors-only --also-check-css "${html_files[@]}" "$(find public -name '*.css' | head -1)"; then
  finding "Nu HTML Checker reported errors"
fi

# --- 4. links, feeds, sitemap ----------------------------------------------
say "links, feeds and sitemap"
go build -o "$TMP/webcheck" ./checks/webcheck
"$TMP/webcheck" -skip email.html -search -base "$BASE" -feed-items "$FEED_ITEMS" public || finding "public/"
"$TMP/webcheck" -skip email.html -search -base "$SUB_BASE" -feed-items "$FEED_ITEMS" "$TMP/sub" || finding "sub-path build"
"$TMP/webcheck" -skip email.html -search -base "$BASE" -feed-items "$FEED_ITEMS" "$TMP/fixture" || finding "fixture build"
if [ -d "$TMP/bbc" ]; then
  "$TMP/webcheck" -skip email.html -search -base "$BASE" -feed-items "$FEED_ITEMS" "$TMP/bbc" || finding "ten-article build"
fi

# --- 5. hostile text ----------------------------------------------------------
say "hostile text stays text"
if grep -rIl --include='*.html' --include='*.xml' --include='*.json' '<script>alert' "$TMP/fixture"; then
  finding "hostile markup reached the output unescaped"
fi
grep -qE '\{\{&lt; shortcode (&gt;|>)\}\}' "$TMP"/fixture/issues/*/*/index.html || finding "the hostile shortcode text is missing from article pages"

# --- 6. axe-core --------------------------------------------------------------
say "axe-core"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$TMP/fixture" >/dev/null 2>&1 &
SERVER=$!
for _ in $(seq 50); do python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/')" 2>/dev/null && break; sleep 0.1; done
U=http://127.0.0.1:$PORT
rel() { local f; f=$(ls -d $1 2>/dev/null | head -1); [ -n "$f" ] && echo "${f#"$TMP/fixture"}"; }
issue=$(rel "$TMP/fixture/issues/*-*-*/")
article=$(rel "$TMP/fixture/issues/*-*-*/*/")
term=$(rel "$TMP/fixture/people/*/")
pages=("$U/" "$U$issue" "$U$article" "$U$term" "$U/people/" "$U/issues/" "$U/404.html" "$U/search/" "$U/search/?q=Putin")
node scripts/axe.js "${pages[@]}" || finding "axe-core violations"

# --- 7. size budget -----------------------------------------------------------
say "home page weight"
for site in "${sites[@]}"; do
  [ "$site" = "$TMP/sub" ] && continue
  css=$(grep -o 'href="[^"]*\.css"' "$site/index.html" | head -1 | sed 's/href="//; s/"$//; s#^.*/css/#css/#')
  bytes=$(cat "$site/index.html" ${css:+"$site/$css"} | gzip -9 | wc -c)
  echo "$site: home HTML + CSS = $bytes bytes gzipped" >&2
  [ "$bytes" -le 14336 ] || finding "$site home page is $bytes bytes gzipped (budget 14336)"
done

# --- 8. search in a real browser -------------------------------------------
say "search in a real browser, at a sub-path"
kill "$SERVER" 2>/dev/null || true
mkdir -p "$TMP/serve"
ln -s "$TMP/sub" "$TMP/serve/$(basename "${SUB_BASE%/}")"
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$TMP/serve" >/dev/null 2>&1 &
SERVER=$!
SUB_PATH=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.urlparse(sys.argv[1]).path)' "$SUB_BASE")
for _ in $(seq 50); do python3 -c "import urllib.request; urllib.request.urlopen('$U$SUB_PATH')" 2>/dev/null && break; sleep 0.1; done
SAMPLE=$(head -1 inbox/2022-06-15/000_6416b27d7081f7ba.txt | tr -d '\r')
node scripts/search-browser.js "$U$SUB_PATH" Putin "$SAMPLE" || finding "search in a real browser"

# --- 9. Lighthouse, on request (its scores move with machine load) -----------
if [ -n "${CHECK_LIGHTHOUSE:-}" ]; then
  say "Lighthouse"
  bash scripts/lighthouse.sh "${sites[-1]}" || finding "Lighthouse below target"
fi

if [ "$fail" -ne 0 ]; then
  echo "check: FAILED" >&2
  exit 1
fi
echo "check: all web checks pass" >&2
