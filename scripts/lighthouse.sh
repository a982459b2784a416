#!/usr/bin/env bash
# Lighthouse (mobile) on the home page, the latest issue's page, one
# article and the search page, empty and with the results of a query, of a
# built site.
# Not part of make check (scores vary with machine load); run it by hand or
# with CHECK_LIGHTHOUSE=1 from check.sh. Fails below 100 for accessibility,
# best practices and SEO, or below 98 for performance (95 for the search
# page, which loads Pagefind's code and index when it searches).
#   usage: scripts/lighthouse.sh [SITE_DIR]   (default public/)
set -euo pipefail
cd "$(dirname "$0")/.."
SITE=${1:-public}
LH=$PWD/.tools/lighthouse
if [ ! -x "$LH/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$LH"
  (cd "$LH" && [ -f package.json ] || echo '{"private":true}' >package.json
   cd "$LH" && CI=true npm install --no-audit --no-fund --loglevel=error lighthouse@12.2.3)
fi
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$SITE" >/dev/null 2>&1 &
SERVER=$!
OUT=$(mktemp -d)
trap 'kill $SERVER 2>/dev/null; rm -rf "$OUT"' EXIT
sleep 1
article=$(ls -d "$SITE"/issues/*-*-*/*/ | head -1)
issue=$(ls -d "$SITE"/issues/*-*-*/ | tail -1)
fail=0
for path in / "/${issue#"$SITE"/}" "/${article#"$SITE"/}" /search/ "/search/?q=${LIGHTHOUSE_QUERY:-Putin}"; do
  CHROME_PATH=/usr/bin/chromium "$LH/node_modules/.bin/lighthouse" "http://127.0.0.1:$PORT$path" \
    --quiet --output=json --output-path="$OUT/r.json" \
    --chrome-flags="--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync" >/dev/null 2>&1
  python3 - "$OUT/r.json" "$path" <<'PY' || fail=1
import json, sys
r = json.load(open(sys.argv[1]))
s = {k: round(v["score"] * 100) for k, v in r["categories"].items()}
print(sys.argv[2], s)
perf = 95 if sys.argv[2].startswith("/search/") else 98
low = [k for k, v in s.items() if v < (perf if k == "performance" else 100)]
for k in low:
    for a in r["categories"][k]["auditRefs"]:
        au = r["audits"][a["id"]]
        if a["weight"] and au["score"] is not None and au["score"] < 1:
            print("   ", k, a["id"], au.get("displayValue", ""))
sys.exit(1 if low else 0)
PY
done
exit $fail
