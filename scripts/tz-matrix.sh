#!/usr/bin/env bash
# Determinism across machine time zones: the date-heavy tests under each TZ below must
# pass and give the same answers. The library never reads the machine's zone; this proves it.
# Usage: bash scripts/tz-matrix.sh [extra vitest args]   (npm run test:tz)
set -euo pipefail
cd "$(dirname "$0")/.."

zones=(UTC Asia/Jakarta America/Los_Angeles Pacific/Chatham)
paths=(src/periods src/progress src/series src/projection src/assessment test/hostile)
failed=()

for zone in "${zones[@]}"; do
  # Check the zone really applies to the process (a typo'd zone silently falls back to UTC).
  seen=$(TZ="$zone" node -p 'Intl.DateTimeFormat().resolvedOptions().timeZone')
  if [[ "$seen" != "$zone" ]]; then
    echo "tz-matrix: TZ=$zone resolved to $seen: this machine lacks the zone data" >&2
    exit 2
  fi
  echo "== TZ=$zone"
  # vitest.config.ts leaves out *.huge.test.ts (ten million entries, whole-calendar answers): they
  # take minutes and run once, in `npm run test:huge`.
  if ! TZ="$zone" npx vitest run "${paths[@]}" "$@"; then
    failed+=("$zone")
  fi
done

if ((${#failed[@]} > 0)); then
  echo "tz-matrix: failed under TZ = ${failed[*]}" >&2
  exit 1
fi
echo "tz-matrix: passed under TZ = ${zones[*]}"
