#!/usr/bin/env bash
# Starts, inspects and stops a local Orchestrator cluster: one seed and two workers,
# each a separate process with its own log. Needs only the .NET SDK.
#
#   scripts/local-cluster.sh up       build, start all three, wait until each is up
#   scripts/local-cluster.sh status   which processes are running
#   scripts/local-cluster.sh down     graceful stop (SIGTERM, coordinated shutdown)
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
run="$repo/.run"
bin_config=Release
processes=("seed-1:Seed:seed" "worker-1:Node:worker" "worker-2:Node:worker")

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

  echo "building (Release)..."
  dotnet build "$repo/Orchestrator.sln" -c "$bin_config" -nologo -v quiet -clp:NoSummary

  for entry in "${processes[@]}"; do
    IFS=: read -r name project role <<<"$entry"
    local dll="$repo/src/Orchestrator.$project/bin/$bin_config/net10.0/Orchestrator.$project.dll"
    nohup dotnet "$dll" --config "$repo/hocon/$role.conf" --name "$name" >"$run/logs/$name.log" 2>&1 &
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

  cat <<EOT

The local cluster is running.
  status:  $0 status
  logs:    tail -f .run/logs/*.log
  config:  dotnet run --project src/Orchestrator.Console -- config show hocon/seed.conf
  stop:    $0 down
EOT
}

status() {
  for entry in "${processes[@]}"; do
    IFS=: read -r name _ role <<<"$entry"
    if alive "$name"; then
      echo "$name ($role): running, pid $(pid_of "$name")"
    else
      echo "$name ($role): stopped"
    fi
  done
}

down() {
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
