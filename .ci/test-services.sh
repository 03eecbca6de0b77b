#!/usr/bin/env bash
# Installs (when missing) and starts the real components some tests need, on loopback only:
#   PostgreSQL (Debian 'postgresql') for the service tests on a production database,
#   Chromium + ChromeDriver (Debian 'chromium', 'chromium-driver') for the browser tests.
# Usage: source .ci/test-services.sh; start_test_services; ...; stop_test_services
# Or by hand:  bash .ci/test-services.sh start   (prints the variables to export)
#              bash .ci/test-services.sh stop
# Tests find the services through VENN_TEST_POSTGRES_URL and VENN_TEST_CHROMEDRIVER; without them the
# tests that need them are skipped and say so, so 'mvn -B -ntp verify' still passes on a bare machine.

VENN_PG_PORT="${VENN_PG_PORT:-55432}"
VENN_PG_DIR="${VENN_PG_DIR:-/tmp/venn-test-postgres}"

_venn_apt_install() {
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "test-services: cannot install $* (needs root and apt-get); the tests that need it will be skipped" >&2
    return 1
  fi
  if [ -z "${_VENN_APT_UPDATED:-}" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || true
    _VENN_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

_venn_pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

start_test_services() {
  # Chromium for the browser tests.
  if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    echo "test-services: installing chromium and chromium-driver" >&2
    _venn_apt_install chromium chromium-driver || true
  fi
  if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    export VENN_TEST_CHROME="$(command -v chromium)"
    export VENN_TEST_CHROMEDRIVER="$(command -v chromedriver)"
  fi

  # PostgreSQL for the service tests, a throw-away cluster on a loopback port.
  if [ -z "$(_venn_pg_bin)" ]; then
    echo "test-services: installing postgresql" >&2
    _venn_apt_install postgresql || true
  fi
  local bin; bin="$(_venn_pg_bin)"
  if [ -n "$bin" ]; then
    local runas=()
    # PostgreSQL refuses to run as root: use the 'postgres' account the Debian package creates.
    if [ "$(id -u)" = 0 ]; then
      id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
      runas=(runuser -u postgres --)
    fi
    "${runas[@]}" "$bin/pg_ctl" -D "$VENN_PG_DIR/data" stop -m immediate >/dev/null 2>&1 || true
    rm -rf "$VENN_PG_DIR"; mkdir -p "$VENN_PG_DIR"
    [ "$(id -u)" = 0 ] && chown postgres "$VENN_PG_DIR"
    "${runas[@]}" "$bin/initdb" -D "$VENN_PG_DIR/data" -U venn -A trust -E UTF8 >/dev/null
    "${runas[@]}" "$bin/pg_ctl" -D "$VENN_PG_DIR/data" -l "$VENN_PG_DIR/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $VENN_PG_PORT -k $VENN_PG_DIR -c max_connections=200 -c fsync=off" start >/dev/null
    "$bin/createdb" -h 127.0.0.1 -p "$VENN_PG_PORT" -U venn venn
    export VENN_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$VENN_PG_PORT/venn"
    export VENN_TEST_POSTGRES_USER=venn
  fi
  echo "test-services: postgres=${VENN_TEST_POSTGRES_URL:-none} chromedriver=${VENN_TEST_CHROMEDRIVER:-none}" >&2
}

stop_test_services() {
  local bin; bin="$(_venn_pg_bin)"
  if [ -n "$bin" ] && [ -d "$VENN_PG_DIR/data" ]; then
    if [ "$(id -u)" = 0 ]; then
      runuser -u postgres -- "$bin/pg_ctl" -D "$VENN_PG_DIR/data" stop -m fast >/dev/null 2>&1 || true
    else
      "$bin/pg_ctl" -D "$VENN_PG_DIR/data" stop -m fast >/dev/null 2>&1 || true
    fi
    rm -rf "$VENN_PG_DIR"
  fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  case "${1:-}" in
    start) start_test_services
           echo "export VENN_TEST_POSTGRES_URL=${VENN_TEST_POSTGRES_URL:-} VENN_TEST_POSTGRES_USER=${VENN_TEST_POSTGRES_USER:-} VENN_TEST_CHROME=${VENN_TEST_CHROME:-} VENN_TEST_CHROMEDRIVER=${VENN_TEST_CHROMEDRIVER:-}" ;;
    stop) stop_test_services ;;
    *) echo "usage: bash .ci/test-services.sh start|stop" >&2; exit 2 ;;
  esac
fi
