#!/usr/bin/env bash
# Local PostgreSQL 15, Redis and Elasticsearch 8 for development and CI, on loopback only.
#
#   bash .ci/services.sh start    install what is missing, start all three, wait until healthy, print the URLs
#   bash .ci/services.sh status   show whether each service answers (exit 1 when PostgreSQL does not)
#   bash .ci/services.sh stop [elasticsearch|postgres|redis]    stop all, or only the one named
#
# PostgreSQL comes from Debian (postgresql-15, cluster "15 main"); Redis is Debian's redis-server, run
# without persistence (a cache and counters only); Elasticsearch is the integ-test-zip
# distribution from Maven Central, unpacked under var/services/ and run as the unprivileged system
# user dalat-es with the machine's Java 17. If Elasticsearch cannot be had or run, `start` says why
# and carries on with PostgreSQL alone (exit 0). docs/services.md explains the details.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

PG_VERSION=15
PG_CLUSTER=main
PG_PORT=5432
PG_ROLE=dalat
PG_PASSWORD=dalat
PG_DATABASE=dalat
PG_TIMEOUT=${PG_TIMEOUT:-60}

REDIS_PORT=${REDIS_PORT:-6379}

ES_VERSION=${ES_VERSION:-8.19.3}
ES_ARTIFACT="org.elasticsearch.distribution.integ-test-zip:elasticsearch:${ES_VERSION}:zip"
ES_USER=dalat-es
ES_PORT=${ES_PORT:-9200}
ES_TIMEOUT=${ES_TIMEOUT:-180}
MAVEN_REPO=${MAVEN_REPO:-$HOME/.m2/repository}
ES_ZIP="$MAVEN_REPO/org/elasticsearch/distribution/integ-test-zip/elasticsearch/$ES_VERSION/elasticsearch-$ES_VERSION.zip"
SERVICES_DIR=${SERVICES_DIR:-$ROOT/var/services}
# Used instead of var/services when the checkout sits in a folder dalat-es cannot enter (e.g. /root).
FALLBACK_SERVICES_DIR="/var/lib/dalat-services/$(printf '%s' "$ROOT" | md5sum | cut -c1-12)"

DATABASE_URL_VALUE="postgres://$PG_ROLE:$PG_PASSWORD@127.0.0.1:$PG_PORT/$PG_DATABASE"
ELASTICSEARCH_URL_VALUE="http://127.0.0.1:$ES_PORT"
REDIS_URL_VALUE="redis://127.0.0.1:$REDIS_PORT/0"

say() { printf '[services] %s\n' "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }
is_root() { [ "$(id -u)" -eq 0 ]; }

apt_install() {
    is_root || die "$* missing and not running as root: install it with apt-get install -y $*"
    say "installing $* from Debian"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# ---------------------------------------------------------------- PostgreSQL

pg_sql() { PGPASSWORD=$PG_PASSWORD psql -h 127.0.0.1 -p "$PG_PORT" -U "$PG_ROLE" -d "$PG_DATABASE" -XqAt "$@"; }
pg_answers() { pg_sql -c "select 1" >/dev/null 2>&1; }
pg_server_version() { pg_sql -c "show server_version" 2>/dev/null || echo "unknown"; }

pg_install() {
    [ -x "/usr/lib/postgresql/$PG_VERSION/bin/postgres" ] && command -v pg_ctlcluster >/dev/null && return 0
    apt_install "postgresql-$PG_VERSION"
}

pg_configure() {
    if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$PG_VERSION $PG_CLUSTER"; then
        say "creating cluster $PG_VERSION/$PG_CLUSTER"
        pg_createcluster "$PG_VERSION" "$PG_CLUSTER" --port "$PG_PORT" >/dev/null
    fi
    local conf="/etc/postgresql/$PG_VERSION/$PG_CLUSTER/conf.d/dalat.conf"
    local wanted="listen_addresses = '127.0.0.1'
port = $PG_PORT"
    if [ "$(cat "$conf" 2>/dev/null)" != "$wanted" ]; then
        printf '%s\n' "$wanted" >"$conf"
        pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop >/dev/null 2>&1 || true
    fi
}

pg_wait() {
    local waited=0
    until pg_isready -q -h 127.0.0.1 -p "$PG_PORT"; do
        if [ "$waited" -ge "$PG_TIMEOUT" ]; then
            tail -n 20 "/var/log/postgresql/postgresql-$PG_VERSION-$PG_CLUSTER.log" >&2 || true
            die "PostgreSQL did not accept connections on 127.0.0.1:$PG_PORT within ${PG_TIMEOUT}s (log tail above)"
        fi
        sleep 1
        waited=$((waited + 1))
    done
}

pg_create_role_and_database() {
    su postgres -c "psql -XqAt -v ON_ERROR_STOP=1 -p $PG_PORT" >/dev/null <<SQL
DO \$\$BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_ROLE') THEN
    CREATE ROLE $PG_ROLE LOGIN CREATEDB PASSWORD '$PG_PASSWORD';
  ELSE
    ALTER ROLE $PG_ROLE LOGIN CREATEDB PASSWORD '$PG_PASSWORD';
  END IF;
END\$\$;
SELECT 'CREATE DATABASE $PG_DATABASE OWNER $PG_ROLE' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$PG_DATABASE')\gexec
SQL
}

pg_start() {
    if pg_answers; then
        say "PostgreSQL already running"
        return 0
    fi
    is_root || die "PostgreSQL does not answer as $PG_ROLE on 127.0.0.1:$PG_PORT and only root can set it up"
    pg_install
    pg_configure
    pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start 2>/dev/null || pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" status >/dev/null \
        || die "pg_ctlcluster $PG_VERSION $PG_CLUSTER start failed: $(tail -n 20 "/var/log/postgresql/postgresql-$PG_VERSION-$PG_CLUSTER.log" 2>&1)"
    pg_wait
    pg_create_role_and_database
    pg_answers || die "PostgreSQL runs but role $PG_ROLE cannot log in to database $PG_DATABASE"
    say "PostgreSQL started"
}

pg_stop() {
    command -v pg_ctlcluster >/dev/null || return 0
    pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop 2>/dev/null && say "PostgreSQL stopped" || say "PostgreSQL was not running"
}

# ---------------------------------------------------------------- Redis

redis_dir() { echo "$SERVICES_DIR/redis"; }
redis_answers() { redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -qx PONG; }
redis_server_version() { redis-server --version 2>/dev/null | grep -o 'v=[^ ]*' | cut -d= -f2 || echo "unknown"; }

redis_start() {
    if redis_answers; then
        say "Redis already running"
        return 0
    fi
    command -v redis-server >/dev/null || apt_install redis-server
    mkdir -p "$(redis_dir)"
    # No RDB snapshots and no append-only file: Redis holds a cache and rate-limit counters only.
    redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no \
        --daemonize yes --pidfile "$(redis_dir)/redis.pid" --logfile "$(redis_dir)/redis.log" \
        --dir "$(redis_dir)" || die "redis-server did not start: $(tail -n 20 "$(redis_dir)/redis.log" 2>&1)"
    for _ in $(seq 1 20); do redis_answers && { say "Redis started"; return 0; }; sleep 0.5; done
    die "Redis did not answer on 127.0.0.1:$REDIS_PORT: $(tail -n 20 "$(redis_dir)/redis.log" 2>&1)"
}

redis_stop() {
    local pidfile; pidfile="$(redis_dir)/redis.pid"
    if [ ! -f "$pidfile" ] || ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
        say "Redis was not running (or not started by this script)"
        return 0
    fi
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || kill "$(cat "$pidfile")"
    rm -f "$pidfile"
    say "Redis stopped"
}

# ---------------------------------------------------------------- Elasticsearch

es_home() { echo "$SERVICES_DIR/elasticsearch-$ES_VERSION"; }
es_pidfile() { echo "$SERVICES_DIR/elasticsearch.pid"; }
es_log() { echo "$SERVICES_DIR/es-logs/dalat.log"; }
es_health() { curl -fsS --max-time 5 "$ELASTICSEARCH_URL_VALUE/_cluster/health?wait_for_status=yellow&timeout=2s" 2>/dev/null; }
es_answers() { es_health | grep -Eq '"status":"(green|yellow)"'; }

es_server_version() {
    # The integ-test distribution may lack `GET /`; the nodes API always reports the version.
    curl -fsS --max-time 5 "$ELASTICSEARCH_URL_VALUE/_nodes/_local?filter_path=nodes.*.version" 2>/dev/null \
        | grep -o '"version":"[^"]*"' | head -n 1 | cut -d'"' -f4 || echo "unknown"
}

es_java_home() {
    if [ -n "${ES_JAVA_HOME:-}" ]; then echo "$ES_JAVA_HOME"; return; fi
    command -v java >/dev/null || apt_install openjdk-17-jre-headless
    dirname "$(dirname "$(readlink -f "$(command -v java)")")"
}

es_fetch() {
    [ -f "$ES_ZIP" ] && return 0
    command -v mvn >/dev/null || apt_install maven
    say "fetching $ES_ARTIFACT with mvn"
    mvn -q -B dependency:get -Dartifact="$ES_ARTIFACT" -Dtransitive=false -Dmaven.repo.local="$MAVEN_REPO" >&2
    [ -f "$ES_ZIP" ] || die "mvn finished but $ES_ZIP is missing"
}

es_unpack() {
    [ -x "$(es_home)/bin/elasticsearch" ] && return 0
    command -v unzip >/dev/null || apt_install unzip
    say "unpacking Elasticsearch $ES_VERSION into $SERVICES_DIR"
    rm -rf "$(es_home).partial" && mkdir -p "$(es_home).partial"
    unzip -q "$ES_ZIP" -d "$(es_home).partial" || die "cannot unzip $ES_ZIP"
    mv "$(es_home).partial/elasticsearch-$ES_VERSION" "$(es_home)" || die "unexpected layout in $ES_ZIP"
    rmdir "$(es_home).partial"
}

es_create_user() {
    id "$ES_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$ES_USER" \
        || die "cannot create the system user $ES_USER"
}

# As root, Elasticsearch runs as dalat-es, which must be able to reach its folder.
es_choose_dir() {
    is_root || return 0
    es_create_user
    if ! runuser -u "$ES_USER" -- test -x "$ROOT" 2>/dev/null; then
        say "user $ES_USER cannot enter $ROOT: using $FALLBACK_SERVICES_DIR for Elasticsearch"
        SERVICES_DIR=$FALLBACK_SERVICES_DIR
    fi
}

es_prepare_user() {
    is_root || return 0  # a normal user runs Elasticsearch as themselves
    chown -R "$ES_USER:" "$(es_home)" "$SERVICES_DIR/es-data" "$SERVICES_DIR/es-logs" "$SERVICES_DIR" \
        || die "cannot hand $SERVICES_DIR to $ES_USER"
    runuser -u "$ES_USER" -- test -x "$(es_home)/bin" \
        || die "user $ES_USER cannot reach $SERVICES_DIR (a parent folder is private); set SERVICES_DIR to a readable place"
}

es_launch() {
    local java_home; java_home=$(es_java_home)
    local run=(env ES_JAVA_HOME="$java_home" ES_JAVA_OPTS="-Xms512m -Xmx512m" "$(es_home)/bin/elasticsearch")
    is_root && run=(runuser -u "$ES_USER" -- "${run[@]}")
    rm -f "$(es_pidfile)"
    # Loopback binding keeps Elasticsearch in development mode (no production bootstrap checks).
    "${run[@]}" -d -p "$(es_pidfile)" \
        -Ecluster.name=dalat -Enode.name=dalat-1 \
        -Ediscovery.type=single-node \
        -Enetwork.host=127.0.0.1 -Ehttp.port="$ES_PORT" \
        -Epath.data="$SERVICES_DIR/es-data" -Epath.logs="$SERVICES_DIR/es-logs" \
        -Expack.security.enabled=false \
        -Ecluster.routing.allocation.disk.threshold_enabled=false \
        -Eaction.destructive_requires_name=false \
        </dev/null >"$SERVICES_DIR/es-launch.log" 2>&1
}

es_wait() {
    local waited=0
    until es_answers; do
        if [ "$waited" -ge "$ES_TIMEOUT" ]; then
            say "Elasticsearch did not become healthy within ${ES_TIMEOUT}s; launch output and log tail:"
            tail -n 20 "$SERVICES_DIR/es-launch.log" >&2 2>/dev/null || true
            tail -n 30 "$(es_log)" >&2 2>/dev/null || true
            return 1
        fi
        sleep 2
        waited=$((waited + 2))
    done
}

es_start_steps() {
    es_choose_dir
    mkdir -p "$SERVICES_DIR/es-data" "$SERVICES_DIR/es-logs"
    # Unpacked even when a node already answers (one left by an earlier run, or another checkout's): the
    # fault and cluster tests start private nodes from this checkout's copy (tests/faults/instances.py).
    es_fetch && es_unpack && es_prepare_user || return 1
    if es_answers; then
        say "Elasticsearch already running"
        return 0
    fi
    say "starting Elasticsearch $ES_VERSION (512 MB heap, single node)"
    es_launch || { tail -n 20 "$SERVICES_DIR/es-launch.log" >&2; return 1; }
    es_wait && say "Elasticsearch started"
}

# Runs in a subshell so that a failing step (`die`) only gives up Elasticsearch, never PostgreSQL.
es_start() {
    (es_start_steps) && return 0
    say "Elasticsearch is NOT available: the error is above. Continuing with PostgreSQL only;"
    say "search tests will skip, or fail when REQUIRE_SERVICES=1."
    return 1
}

# A subshell, so that looking in the fallback folder does not move Redis's folder for `stop` (all).
es_stop() (
    [ -f "$(es_pidfile)" ] || SERVICES_DIR=$FALLBACK_SERVICES_DIR
    local pidfile; pidfile=$(es_pidfile)
    if [ ! -f "$pidfile" ] || ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
        say "Elasticsearch was not running"
        rm -f "$pidfile"
        return 0
    fi
    local pid; pid=$(cat "$pidfile")
    kill "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    rm -f "$pidfile"
    say "Elasticsearch stopped"
)

# ---------------------------------------------------------------- commands

print_exports() {
    local es_ok=$1
    echo "export DATABASE_URL=$DATABASE_URL_VALUE"
    echo "export REDIS_URL=$REDIS_URL_VALUE"
    if [ "$es_ok" = yes ]; then
        echo "export ELASTICSEARCH_URL=$ELASTICSEARCH_URL_VALUE"
    else
        echo "# Elasticsearch unavailable: leave ELASTICSEARCH_URL unset (search uses the database)"
    fi
    echo "# PostgreSQL $(pg_server_version)"
    echo "# Redis $(redis_server_version)"
    [ "$es_ok" = yes ] && echo "# Elasticsearch $(es_server_version)"
    return 0
}

cmd_start() {
    pg_start
    redis_start
    local es_ok=yes
    es_start || es_ok=no
    print_exports "$es_ok"
}

cmd_status() {
    local rc=0
    if pg_answers; then say "PostgreSQL $(pg_server_version): up at $DATABASE_URL_VALUE"; else say "PostgreSQL: down"; rc=1; fi
    if redis_answers; then say "Redis $(redis_server_version): up at $REDIS_URL_VALUE"; else say "Redis: down"; fi
    if es_answers; then say "Elasticsearch $(es_server_version): up at $ELASTICSEARCH_URL_VALUE"; else say "Elasticsearch: down"; fi
    return $rc
}

cmd_stop() {
    case "${1:-both}" in
        elasticsearch) es_stop ;;
        postgres) pg_stop ;;
        redis) redis_stop ;;
        both | all) es_stop; redis_stop; pg_stop ;;
        *) die "stop takes elasticsearch, postgres, redis or nothing (all)" ;;
    esac
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop "${2:-all}" ;;
    status) cmd_status ;;
    *) echo "usage: $0 start | status | stop [elasticsearch|postgres|redis]" >&2; exit 2 ;;
esac
