#!/usr/bin/env bash
# A two-shard ClickHouse cluster on this machine for as long as one command runs:
#
#   bash scripts/clickhouse/cluster.sh COMMAND [ARGS...]
#
# Starts two clickhouse-server processes (Debian's clickhouse-server package), each with its own
# data folder under a new temporary directory, listening on 127.0.0.1 only, on ports found free at
# run time. Their remote_servers name a cluster of two shards (one server each). It waits, bounded
# in time, until both answer, creates the tables of schema.sql on both, runs COMMAND with
#
#   CLICKHOUSE_HOST, CLICKHOUSE_PORT   the first server's HTTP interface (the entry node)
#   CLICKHOUSE_CLUSTER                 the cluster's name (default two_shards, or as given)
#   CLICKHOUSE_SHARD_URLS              each shard's HTTP URL, comma-separated, in shard order
#   CLICKHOUSE_SHARD_PIDS              each shard's server process id, in shard order
#
# and exits with COMMAND's status. On every exit path (COMMAND done or failed, a failed start,
# Ctrl-C, SIGTERM) it stops both servers by process id (SIGTERM, then SIGKILL after a bounded
# wait) and removes the temporary directory. Folders left by an earlier run that was killed
# outright are removed at start, and that run's servers, if any still run, are stopped (by the
# process ids it recorded, after checking that they still run its config). If a server does not
# start, its own error log is printed and the script fails.
set -euo pipefail

readonly PREFIX=onboarding-targets-clickhouse
readonly CLUSTER="${CLICKHOUSE_CLUSTER:-two_shards}"
readonly START_SECONDS="${CLICKHOUSE_START_SECONDS:-60}"
readonly STOP_SECONDS=30
readonly SHARDS=2
readonly HERE="$(cd "$(dirname "$0")" && pwd)"
readonly SERVER="$(command -v clickhouse-server || echo /usr/sbin/clickhouse-server)"
readonly TMP="${TMPDIR:-/tmp}"

if (($# == 0)); then
  echo "usage: bash scripts/clickhouse/cluster.sh COMMAND [ARGS...]" >&2
  exit 2
fi
for tool in "$SERVER" clickhouse-client; do
  command -v "$tool" >/dev/null || {
    echo "cluster: $tool not found; install Debian's clickhouse-server and clickhouse-client" >&2
    exit 1
  }
done

log() { printf 'cluster: %s\n' "$*" >&2; }

# A process id names one of our servers only while it still runs that folder's config.
runs_config() { [[ -r /proc/$1/cmdline ]] && tr '\0' ' ' <"/proc/$1/cmdline" | grep -qF -- "$2/config.xml"; }

stop_pids() { # folder... : stop the servers recorded in each shard folder, bounded in time
  local pids=() dir pid
  for dir in "$@"; do
    [[ -f $dir/pid ]] || continue
    pid=$(<"$dir/pid")
    runs_config "$pid" "$dir" && pids+=("$pid")
  done
  ((${#pids[@]} > 0)) || return 0
  kill -TERM "${pids[@]}" 2>/dev/null || true
  local deadline=$((SECONDS + STOP_SECONDS)) left
  while ((SECONDS < deadline)); do
    left=()
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && left+=("$pid"); done
    ((${#left[@]} > 0)) || break
    sleep 0.2
  done
  for pid in "${pids[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      log "server $pid did not stop within ${STOP_SECONDS}s of SIGTERM: SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
  done
}

# Leftovers of earlier runs: a folder whose owner (the script that made it) is gone.
for old in "$TMP/$PREFIX".*; do
  [[ -d $old ]] || continue
  owner=$(cat "$old/owner" 2>/dev/null || echo 0)
  if ((owner > 0)) && kill -0 "$owner" 2>/dev/null; then continue; fi
  log "removing the leftovers of an earlier run: $old"
  stop_pids "$old"/shard*
  rm -rf "$old"
done

ROOT=$(mktemp -d "$TMP/$PREFIX.XXXXXX")
echo $$ >"$ROOT/owner"
command_pid=

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [[ -n $command_pid ]] && kill -0 "$command_pid" 2>/dev/null; then
    kill -TERM "$command_pid" 2>/dev/null || true
    wait "$command_pid" 2>/dev/null || true
  fi
  stop_pids "$ROOT"/shard*
  rm -rf "$ROOT"
  log "stopped both servers and removed $ROOT"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Ports: random ones nobody answers on now; a server that loses a race for its port is retried.
# free_port sets $port (not printed: a $(...) subshell would lose the record of ports taken).
declare -A taken=()
port=
free_port() {
  for _ in $(seq 200); do
    port=$((20000 + RANDOM % 40000))
    [[ -z ${taken[$port]:-} ]] || continue
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      taken[$port]=1
      return
    fi
  done
  log "no free port found in 200 tries"
  exit 1
}

write_config() { # shard
  local n=$1 dir="$ROOT/shard$1" shards="" i
  for ((i = 1; i <= SHARDS; i++)); do
    shards+="<shard><replica><host>127.0.0.1</host><port>${tcp_port[$i]}</port></replica></shard>"
  done
  mkdir -p "$dir/data"
  cat >"$dir/config.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <logger>
    <level>warning</level>
    <log>$dir/server.log</log>
    <errorlog>$dir/server.err.log</errorlog>
  </logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>${http_port[$n]}</http_port>
  <tcp_port>${tcp_port[$n]}</tcp_port>
  <path>$dir/data/</path>
  <tmp_path>$dir/data/tmp/</tmp_path>
  <user_files_path>$dir/data/user_files/</user_files_path>
  <format_schema_path>$dir/data/format_schemas/</format_schema_path>
  <timezone>UTC</timezone>
  <mark_cache_size>268435456</mark_cache_size>
  <max_concurrent_queries>20</max_concurrent_queries>
  <users_config>$dir/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <remote_servers><$CLUSTER>$shards</$CLUSTER></remote_servers>
</yandex>
XML
  cat >"$dir/users.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>4000000000</max_memory_usage></default></profiles>
  <users>
    <default>
      <password></password>
      <networks><ip>127.0.0.1</ip></networks>
      <profile>default</profile>
      <quota>default</quota>
    </default>
  </users>
  <quotas><default></default></quotas>
</yandex>
XML
}

show_logs() { # shard
  local dir="$ROOT/shard$1" file
  for file in "$dir/server.err.log" "$dir/stdout.log"; do
    [[ -s $file ]] || continue
    printf '\n---- shard %s: %s (last 40 lines) ----\n' "$1" "$file" >&2
    tail -n 40 "$file" >&2
  done
}

# Every call of the client is bounded in time too (its own receive timeout is 300 s).
client() { timeout 60 clickhouse-client --host 127.0.0.1 "$@"; }
answers() { timeout 5 clickhouse-client --host 127.0.0.1 --port "${tcp_port[$1]}" -q "SELECT 1" >/dev/null 2>&1; }

# Starts every shard and waits until all answer; returns 1 (logs kept) when one does not.
start_all() {
  local i
  for ((i = 1; i <= SHARDS; i++)); do
    free_port
    http_port[$i]=$port
    free_port
    tcp_port[$i]=$port
  done
  for ((i = 1; i <= SHARDS; i++)); do
    write_config "$i"
    "$SERVER" --config-file="$ROOT/shard$i/config.xml" >"$ROOT/shard$i/stdout.log" 2>&1 &
    echo $! >"$ROOT/shard$i/pid"
  done
  local deadline=$((SECONDS + START_SECONDS)) ready
  while :; do
    ready=0
    for ((i = 1; i <= SHARDS; i++)); do
      if ! kill -0 "$(<"$ROOT/shard$i/pid")" 2>/dev/null; then
        log "shard $i (clickhouse-server, ports ${http_port[$i]}/${tcp_port[$i]}) exited during start"
        return 1
      fi
      answers "$i" && ready=$((ready + 1))
    done
    ((ready == SHARDS)) && return 0
    if ((SECONDS >= deadline)); then
      log "the servers did not all answer within ${START_SECONDS}s"
      timed_out=true
      return 1
    fi
    sleep 0.3
  done
}

declare -a http_port tcp_port
timed_out=false
started=false
for attempt in 1 2 3; do
  timed_out=false
  if start_all; then
    started=true
    break
  fi
  lost_port=false
  for ((i = 1; i <= SHARDS; i++)); do
    # The logs of every server that exited (or of all, when they did not answer in time).
    if $timed_out || ! kill -0 "$(<"$ROOT/shard$i/pid")" 2>/dev/null; then show_logs "$i"; fi
    grep -qs "Address already in use" "$ROOT/shard$i/server.err.log" "$ROOT/shard$i/stdout.log" && lost_port=true
  done
  stop_pids "$ROOT"/shard*
  $lost_port || break
  log "a port was taken between choosing and binding it; trying again with other ports ($attempt of 3)"
  rm -rf "$ROOT"/shard*
done
$started || exit 1
log "clickhouse-server $(client --port "${tcp_port[1]}" -q 'SELECT version()'): \
$SHARDS shards answer on 127.0.0.1 (HTTP ${http_port[*]}, native ${tcp_port[*]}), folders under $ROOT"

for ((i = 1; i <= SHARDS; i++)); do
  sed "s/{cluster}/$CLUSTER/" "$HERE/schema.sql" | client --port "${tcp_port[$i]}" --multiquery
done
# One query through the Distributed table reaches every shard.
client --port "${tcp_port[1]}" -q "SELECT count() FROM onboarding_targets.events" >/dev/null
log "created onboarding_targets.events_local (MergeTree) on each shard and onboarding_targets.events (Distributed over cluster $CLUSTER)"

urls=() pids=()
for ((i = 1; i <= SHARDS; i++)); do
  urls+=("http://127.0.0.1:${http_port[$i]}")
  pids+=("$(<"$ROOT/shard$i/pid")")
done
export CLICKHOUSE_HOST=127.0.0.1 CLICKHOUSE_PORT="${http_port[1]}" CLICKHOUSE_CLUSTER="$CLUSTER"
CLICKHOUSE_SHARD_URLS=$(IFS=,; echo "${urls[*]}")
CLICKHOUSE_SHARD_PIDS=$(IFS=,; echo "${pids[*]}")
export CLICKHOUSE_SHARD_URLS CLICKHOUSE_SHARD_PIDS

# In the background, so that a signal reaches the trap at once rather than after COMMAND ends.
"$@" &
command_pid=$!
set +e
wait "$command_pid"
status=$?
set -e
command_pid=
exit "$status"
