#!/usr/bin/env bash
# What CI checks on the cluster that scripts/clickhouse/cluster.sh starts (run it inside:
# `bash scripts/clickhouse/cluster.sh bash scripts/clickhouse/check.sh`; needs `npm run build`):
#   1. the example's verdict on CLICKHOUSE_EVENTS events (default 10 000 000);
#   2. with the second shard stopped, the example fails with ClickHouse's own error, named as such.
set -euo pipefail
cd "$(dirname "$0")/../.."
events="${CLICKHOUSE_EVENTS:-10000000}"

node examples/clickhouse/run.mjs --events "$events"

IFS=, read -r -a pids <<<"$CLICKHOUSE_SHARD_PIDS"
echo
echo "stopping shard 2 (process ${pids[1]}), then counting again through the Distributed table"
kill -TERM "${pids[1]}"
for _ in $(seq 150); do
  kill -0 "${pids[1]}" 2>/dev/null || break
  sleep 0.2
done
if kill -0 "${pids[1]}" 2>/dev/null; then
  echo "shard 2 did not stop within 30 s"
  exit 1
fi
set +e
out=$(node examples/clickhouse/run.mjs --events "$events" --skip-load 2>&1)
status=$?
set -e
echo "$out"
if ((status != 2)) || ! grep -q "^ClickHouse error 279" <<<"$out"; then
  echo "expected exit status 2 and ClickHouse's error 279 (all connection tries failed), got status $status"
  exit 1
fi
echo "a stopped shard: the example names ClickHouse's error 279 and exits 2, as it should"
