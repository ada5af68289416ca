#!/usr/bin/env bash
# Browser tests: the real clearance.jar on a fresh H2 database, driven in the system Chromium by playwright-core.
# Usage (from anywhere, after `./mvnw package` built backend/target/clearance.jar and frontend/node_modules):
#   PATH="<repo>/frontend/node:$PATH" frontend/e2e/run-e2e.sh
# Screenshots land in frontend/target/e2e-screenshots/; the jar's log in frontend/target/e2e/backend.log.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

command -v node >/dev/null || { echo "node not found: put frontend/node on PATH (the Maven build installs it)" >&2; exit 2; }
command -v java >/dev/null || { echo "java not found" >&2; exit 2; }
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] || { echo "$CHROMIUM not found: apt-get update && apt-get install -y chromium" >&2; exit 2; }
[ -f "$repo/backend/target/clearance.jar" ] || { echo "backend/target/clearance.jar missing: run ./mvnw -DskipTests package first" >&2; exit 2; }

exec node "$here/run-e2e.mjs" "$repo"
