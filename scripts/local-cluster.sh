#!/usr/bin/env bash
# Starts, inspects and stops a local Orchestrator cluster: one seed and two workers,
# each a separate process with its own log, joined as members of one actor cluster
# (the seed listens on 127.0.0.1:${ORCH_SEED_PORT:-2551}; the workers join through it with
# a secret made for this cluster in .run/cluster-secret). Needs only the .NET SDK.
#
#   scripts/local-cluster.sh up       build, start all three, wait until all are cluster members
#   scripts/local-cluster.sh status   which processes are running, and the members the seed saw
#   scripts/local-cluster.sh down     remove the static pods, then stop gracefully (SIGTERM:
#                                     each member leaves the cluster, then exits)
#
# Workers run containers as local processes (set ORCH_RUNTIME=docker to use a Docker engine).
# worker-1 runs the static pods of examples/static-pods; its log shows them start.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
run="$repo/.run"
bin_config=Release
processes=("seed-1:Seed:seed" "worker-1:Node:worker" "worker-2:Node:worker")
seed_port="${ORCH_SEED_PORT:-2551}"
seed_node="orch://orchestrator@127.0.0.1:$seed_port"

usage() {
  echo "usage: $0 up|status|down" >&2
  exit 2
}

pid_of() { cat "$run/$1.pid" 2>/dev/null || true; }

alive() { local pid; pid="$(pid_of "$1")"; [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }

up() {
  mkdir -p "$run/logs"
  for entry in "${processes[@]}"; do
    IFS=: read -r name _ _ <<<"$entry"
    if alive "$name"; then
      echo "$name is already running (pid $(pid_of "$name")); run '$0 down' first." >&2
      exit 1
    fi
  done

  if [ ! -s "$run/cluster-secret" ]; then
    (umask 077 && head -c 32 /dev/urandom | base64 >"$run/cluster-secret")
  fi
  ORCH_CLUSTER_SECRET="$(cat "$run/cluster-secret")"
  export ORCH_CLUSTER_SECRET

  echo "building (Release)..."
  dotnet build "$repo/Orchestrator.sln" -c "$bin_config" -nologo -v quiet -clp:NoSummary

  for entry in "${processes[@]}"; do
    IFS=: read -r name project role <<<"$entry"
    local dll="$repo/src/Orchestrator.$project/bin/$bin_config/net10.0/Orchestrator.$project.dll"
    local extra=(--set "orch.actor.provider = cluster"
      --set "orch.cluster.seed-nodes = [\"$seed_node\"]")
    if [ "$role" = seed ]; then
      extra+=(--set "orch.remote.port = $seed_port")
    else
      local index="${name##*-}"
      mkdir -p "$run/$name/pods"
      if [ "$index" = 1 ]; then cp "$repo"/examples/static-pods/*.yaml "$run/$name/pods/"; fi
      extra+=(--set "orch.node.name = \"$name\""
        --set "orch.node.runtime.kind = \"${ORCH_RUNTIME:-process}\""
        --set "orch.node.runtime.process.root-dir = \"$run/$name/process\""
        --set "orch.node.runtime.docker.root-dir = \"$run/$name/docker\""
        --set "orch.node.static-pods.path = \"$run/$name/pods\""
        --set "orch.node.stats.metrics-address = \"127.0.0.1:$((10254 + index))\"")
    fi
    nohup dotnet "$dll" --config "$repo/hocon/$role.conf" --name "$name" "${extra[@]}" >"$run/logs/$name.log" 2>&1 &
    echo $! >"$run/$name.pid"
  done

  for entry in "${processes[@]}"; do
    IFS=: read -r name _ role <<<"$entry"
    local waited=0
    until grep -q "is up as" "$run/logs/$name.log" 2>/dev/null; do
      if ! alive "$name"; then
        echo "$name exited during start; its log:" >&2
        cat "$run/logs/$name.log" >&2
        exit 1
      fi
      if [ "$waited" -ge 300 ]; then
        echo "$name did not come up within 30 s; see $run/logs/$name.log" >&2
        exit 1
      fi
      sleep 0.1
      waited=$((waited + 1))
    done
    echo "  $name ($role) up, pid $(pid_of "$name"), log .run/logs/$name.log"
  done

  local waited=0
  until [ "$(members_up)" -ge "${#processes[@]}" ]; do
    if [ "$waited" -ge 300 ]; then
      echo "the members did not all come Up within 30 s; see $run/logs/seed-1.log" >&2
      exit 1
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
  echo "  cluster: ${#processes[@]} members Up (seed node $seed_node)"

  cat <<EOT

The local cluster is running.
  status:  $0 status
  logs:    tail -f .run/logs/*.log
  metrics: curl -s http://127.0.0.1:10255/metrics    (worker-1; worker-2 on :10256)
  config:  dotnet run --project src/Orchestrator.Console -- config show hocon/seed.conf
  stop:    $0 down
EOT
}

# How many members the seed, the first leader, has moved Up since this run began.
members_up() { grep -c "to \[Up\]" "$run/logs/seed-1.log" 2>/dev/null || true; }

status() {
  for entry in "${processes[@]}"; do
    IFS=: read -r name _ role <<<"$entry"
    if alive "$name"; then
      echo "$name ($role): running, pid $(pid_of "$name")"
    else
      echo "$name ($role): stopped"
    fi
  done
  if [ -f "$run/logs/seed-1.log" ]; then
    echo "membership changes the seed logged:"
    grep -E "to \[Up\]|removing|UNREACHABLE|REACHABLE|as Down|as Leaving" "$run/logs/seed-1.log" | sed 's/^/  /' || true
  fi
}

down() {
  # Static pods go first, so that the workers stop their containers (a stopped worker leaves
  # its containers running, and adopts them when it starts again).
  for entry in "${processes[@]}"; do
    IFS=: read -r name _ role <<<"$entry"
    if [ "$role" = worker ] && alive "$name" && ls "$run/$name/pods/"*.yaml >/dev/null 2>&1; then
      local pods removed waited=0
      pods="$(grep -c "^kind: Pod" "$run/$name/pods/"*.yaml | awk -F: '{ n += $NF } END { print n }')"
      removed="$(grep -c ": removed$" "$run/logs/$name.log" || true)"
      rm -f "$run/$name/pods/"*.yaml
      while [ "$(grep -c ": removed$" "$run/logs/$name.log" || true)" -lt $((removed + pods)) ] && [ "$waited" -lt 300 ]; do
        sleep 0.1
        waited=$((waited + 1))
      done
    fi
  done
  for entry in "${processes[@]}"; do
    IFS=: read -r name _ _ <<<"$entry"
    alive "$name" && kill -TERM "$(pid_of "$name")"
  done
  for entry in "${processes[@]}"; do
    IFS=: read -r name _ _ <<<"$entry"
    local waited=0
    while alive "$name" && [ "$waited" -lt 150 ]; do
      sleep 0.1
      waited=$((waited + 1))
    done
    if alive "$name"; then
      echo "$name did not stop within 15 s; killing it" >&2
      kill -KILL "$(pid_of "$name")" || true
    fi
    rm -f "$run/$name.pid"
    echo "$name stopped"
  done
}

case "${1:-}" in
  up) up ;;
  status) status ;;
  down) down ;;
  *) usage ;;
esac
