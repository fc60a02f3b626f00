#!/usr/bin/env bash
# Tries the package as a new user would: `npm pack`, install the tarball into a fresh project outside
# the repository, and run the README's quick start (MSW and the server) on Node 22 and Node 24, with
# msw 3, msw 2, and no msw of the project's own (npm then installs the peer); checks that Node 20
# is refused at import with the version it needs.
# Needs the npm registry (Node 22 comes from the `node` package: npx -y -p node@22). About 2 minutes.
#   npm run adoption
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d /tmp/sage-mock-adoption.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"
npm pack --pack-destination "$WORK" >/dev/null 2>&1
TARBALL="$(ls "$WORK"/sage-mock-*.tgz)"

QUICK='import { setupServer } from "msw/node";
import { createSageMock } from "sage-mock";
import { sageHandlers } from "sage-mock/msw";
const mock = await createSageMock();
const server = setupServer(...sageHandlers(mock));
server.listen();
const world = mock.admin.world();
const { access_token } = mock.admin.mintToken({ user_id: world.users[0].id, client_id: world.apps[0].client_id });
const res = await fetch("https://api.accounting.sage.com/v3.1/contacts", { headers: { authorization: `Bearer ${access_token}` } });
if (res.status !== 200 || res.headers.get("x-business") !== world.users[0].lead_business_id) throw new Error(`quick start: ${res.status}`);
mock.clock.advance(300_000);
const expired = await fetch("https://api.accounting.sage.com/v3.1/contacts", { headers: { authorization: `Bearer ${access_token}` } });
if (expired.status !== 401 || mock.admin.journal({ status: 401 }).length !== 1) throw new Error("expiry");
await mock.reset();
server.close();
console.log(`quick start ok on Node ${process.versions.node}`);'

fail=0
for MSW in 3 2.12.0 2 none; do
  P="$WORK/project-msw-$MSW"
  mkdir -p "$P" && cd "$P"
  npm init -y >/dev/null && npm pkg set type=module >/dev/null
  if [ "$MSW" = none ]; then LOG="$(npm install "$TARBALL" 2>&1)"; else LOG="$(npm install "$TARBALL" "msw@$MSW" 2>&1)"; fi
  if grep -q "sage-mock.*(prepare\|install-scripts.*sage-mock" <<<"$LOG"; then echo "FAIL install warns about sage-mock's scripts"; fail=1; fi
  echo "$QUICK" > quick.mjs
  echo "msw $(node -p 'require("./node_modules/msw/package.json").version') ($(ls node_modules/sage-mock/node_modules 2>/dev/null | grep -c '^msw$' || true) nested copies of msw):"
  for NODE in 22 24; do
    if npx -y -p "node@$NODE" node quick.mjs; then :; else echo "FAIL quick start on Node $NODE"; fail=1; fi
  done
  # The server: the bin from the installed package.
  npx -y -p node@22 node node_modules/sage-mock/bin/sage-mock.js serve --port 0 --clock frozen > serve.log 2>&1 &
  PID=$!
  for _ in $(seq 1 100); do grep -q "ready on" serve.log && break; sleep 0.2; done
  BASE="$(sed -n 's/.*ready on \(http[^ ]*\).*/\1/p' serve.log)"
  if [ "$(curl -s "$BASE/__mock/health" | node -p 'JSON.parse(require("fs").readFileSync(0,"utf8")).status')" = ok ]; then echo "server ok on Node 22 ($BASE)"; else echo "FAIL server"; fail=1; fi
  kill -TERM "$PID"; wait "$PID" || true
  # Node 20 (the machine's own node, when it is 20): refused at import, naming the version needed.
  if [ "$(/usr/bin/env -i PATH=/usr/bin:/bin node -p 'process.versions.node.split(".")[0]' 2>/dev/null)" = 20 ]; then
    OUT="$(/usr/bin/env -i PATH=/usr/bin:/bin node quick.mjs 2>&1 || true)"
    if grep -q "sage-mock needs Node.js >=22.13" <<<"$OUT"; then echo "Node 20 refused at import: ok"; else echo "FAIL Node 20: $OUT"; fail=1; fi
  fi
  cd "$ROOT"
done
exit "$fail"
