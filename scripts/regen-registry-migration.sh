#!/usr/bin/env bash
# Development aid for issue #5 while several people edit registry schemas at
# once: regenerates the single unreleased migration 0005_registries from the
# current schema files, under a lock so two runs never interleave.
# Never use it on a migration that has landed on main.
set -euo pipefail
cd "$(dirname "$0")/.."
exec 9>/tmp/toandan-migration.lock
flock 9
rm -f src/db/migrations/0005_*.sql src/db/migrations/meta/0005_snapshot.json
node -e '
const fs = require("fs");
const p = "src/db/migrations/meta/_journal.json";
const j = JSON.parse(fs.readFileSync(p, "utf8"));
j.entries = j.entries.filter((e) => e.idx < 5);
fs.writeFileSync(p, JSON.stringify(j, null, 2));
'
npx drizzle-kit generate --name registries >/dev/null
ls src/db/migrations/0005_*.sql
