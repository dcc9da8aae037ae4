#!/usr/bin/env bash
# Installs and starts the services the test suite needs. Each later capability that
# needs a service (Docker engine, PostgreSQL) adds its step here; the runtime and its
# TestKit need none.
set -euo pipefail

# PostgreSQL 15: the SQL journal tests start a throwaway server of their own (initdb and
# pg_ctl in a temporary directory, as the postgres user when run as root), so only the
# binaries are needed here. Skipped when ORCH_POSTGRES_CONNECTION names a server to use.
pg_bin=/usr/lib/postgresql/15/bin
if [ -n "${ORCH_POSTGRES_CONNECTION:-}" ]; then
  echo "services: PostgreSQL from ORCH_POSTGRES_CONNECTION"
elif [ -x "$pg_bin/initdb" ] && [ -x "$pg_bin/pg_ctl" ]; then
  echo "services: PostgreSQL 15 binaries present in $pg_bin"
else
  echo "services: installing PostgreSQL 15"
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y --no-install-recommends postgresql-15
  # The package may start a cluster of its own; the tests do not use it.
  if command -v pg_ctlcluster >/dev/null 2>&1; then $sudo_cmd pg_ctlcluster 15 main stop 2>/dev/null || true; fi
fi

# Docker: the docker runtime's tests need an engine on /var/run/docker.sock and a static busybox
# (/bin/busybox) to build their image from; there is no registry, nothing is pulled. Installs
# docker.io and busybox-static when missing, starts dockerd when the socket does not answer, and
# waits (bounded) until it does. Where the default daemon cannot start (no iptables, no overlayfs
# in a nested container), it falls back to --iptables=false, then to the vfs storage driver.
docker_socket=/var/run/docker.sock
docker_log="${ORCH_DOCKERD_LOG:-/tmp/orch-dockerd.log}"
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi

docker_answers() {
  $sudo_cmd docker version --format '{{.Server.Version}}' >/dev/null 2>&1
}

wait_for_docker() { # seconds
  for _ in $(seq 1 "$1"); do
    if docker_answers; then return 0; fi
    sleep 1
  done
  return 1
}

missing=""
command -v dockerd >/dev/null 2>&1 || missing="$missing docker.io"
[ -x /bin/busybox ] || missing="$missing busybox-static"
if [ -n "$missing" ]; then
  echo "services: installing$missing"
  $sudo_cmd apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y --no-install-recommends $missing
else
  echo "services: docker.io and busybox-static present"
fi

if docker_answers; then
  echo "services: Docker engine answers on $docker_socket ($($sudo_cmd docker version --format '{{.Server.Version}}'))"
else
  started=""
  if [ -d /run/systemd/system ] && $sudo_cmd systemctl start docker 2>/dev/null && wait_for_docker 30; then
    started="systemctl start docker"
  else
    for options in "" "--iptables=false" "--iptables=false --storage-driver=vfs"; do
      echo "services: starting dockerd $options (log: $docker_log)"
      # shellcheck disable=SC2086 # options are words
      pid="$($sudo_cmd sh -c "nohup dockerd $options >>'$docker_log' 2>&1 & echo \$!")"
      if wait_for_docker 30; then
        started="dockerd $options, pid $pid"
        break
      fi
      echo "services: dockerd $options did not answer within 30 s; last log lines:"
      tail -n 5 "$docker_log" || true
      $sudo_cmd kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 15); do $sudo_cmd kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    done
  fi
  if [ -z "$started" ]; then
    echo "services: could not start a Docker engine; see $docker_log" >&2
    exit 1
  fi
  echo "services: Docker engine started ($started): $($sudo_cmd docker info --format '{{.ServerVersion}}, storage {{.Driver}}, cgroup v{{.CgroupVersion}}')"
fi

# The tests talk to the socket directly; a non-root runner needs access to it.
if [ ! -w "$docker_socket" ] && [ -n "$sudo_cmd" ]; then
  echo "services: granting $(id -un) access to $docker_socket"
  $sudo_cmd chmod a+rw "$docker_socket"
fi
