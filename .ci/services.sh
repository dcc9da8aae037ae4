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
