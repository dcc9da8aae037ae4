#!/usr/bin/env bash
# Installs and starts the services the test suite needs. Each later capability that
# needs a service (Docker engine, PostgreSQL) adds its step here; the runtime and its
# TestKit need none.
set -euo pipefail
echo "services: none required by the current test suite"
