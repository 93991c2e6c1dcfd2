# Shared by cluster/start, cluster/stop and cluster/status. Sourced, not run.
#
# Everything the local cluster writes (Galera datadirs, pid files, logs, HAProxy's configuration) lives under
# $CLUSTER_RUN_DIR, cluster/.run by default (gitignored). Nothing here touches the machine's own MariaDB (3306)
# or its datadir, nor any system service: every process is ours, started with its own configuration file and
# stopped through its own pid file.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUN=${CLUSTER_RUN_DIR:-$ROOT/cluster/.run}
case "$RUN" in /*) ;; *) RUN=$ROOT/$RUN ;; esac
LOGS=$RUN/logs
PIDS=$RUN/pids

# Ports. Galera node i (1..3): SQL 13305+i, group communication 14557+10i, incremental state transfer
# 14558+10i, full state transfer (rsync) 14434+10i.
DB_NODES=(1 2 3)
sql_port() { echo $((13305 + $1)); }
gcomm_port() { echo $((14557 + 10 * $1)); }
ist_port() { echo $((14558 + 10 * $1)); }
sst_port() { echo $((14434 + 10 * $1)); }
APP_PORTS=(${CLUSTER_APP_PORTS:-8081 8082})
HAPROXY_STATS_PORT=${CLUSTER_STATS_PORT:-8404}
REDIS_HOST=${CLUSTER_REDIS_HOST:-127.0.0.1}
REDIS_PORT=${CLUSTER_REDIS_PORT:-6379}
GALERA=${CLUSTER_GALERA_PROVIDER:-/usr/lib/libgalera_smm.so}

# mariadbd runs as mysql when started by root: Galera's rsync state transfer starts an rsync daemon, which
# drops root to "nobody" and then cannot write the joiner's datadir.
if [ "$(id -u)" = 0 ] && id mysql >/dev/null 2>&1; then DB_OS_USER=mysql; else DB_OS_USER=$(id -un); fi

DB_NAME=sensible_city
DB_USER=sensible
DB_PASSWORD=${CLUSTER_DB_PASSWORD:-sensible-local}

jdbc_url() {
    # sequential: every connection goes to the first node that answers, so all writes land on one node at a
    # time (no certification conflicts), and move to the next one when it dies. The short timeouts make a
    # dead node fail fast instead of hanging requests.
    local hosts=() n
    for n in "${DB_NODES[@]}"; do hosts+=("127.0.0.1:$(sql_port "$n")"); done
    local IFS=,
    echo "jdbc:mariadb:sequential://${hosts[*]}/$DB_NAME?sslMode=disable&connectTimeout=3000&socketTimeout=30000"
}

say() { printf 'cluster: %s\n' "$*"; }
fail() { printf 'cluster: FAILED: %s\n' "$*" >&2; exit 1; }

# The pid in a pid file, if that process still runs (and is not a zombie).
running_pid() {
    local file=$PIDS/$1.pid pid
    [ -s "$file" ] || return 1
    pid=$(cat "$file")
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
    [ "$(ps -o stat= -p "$pid" 2>/dev/null | cut -c1)" != Z ] || return 1
    echo "$pid"
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

db_client() { # db_client NODE [mariadb options...]
    local node=$1
    shift
    mariadb --no-defaults --protocol=socket --socket="$RUN/db$node/mariadb.sock" -uroot "$@"
}

wsrep_status() { # wsrep_status NODE VARIABLE
    db_client "$1" -N -B -e "show global status like '$2'" 2>/dev/null | awk '{print $2}'
}

# Waits until a command succeeds, printing a dot every few seconds; gives up after $2 seconds.
wait_for() { # wait_for DESCRIPTION SECONDS COMMAND...
    local what=$1 limit=$2 start=$SECONDS
    shift 2
    until "$@"; do
        if ((SECONDS - start >= limit)); then
            return 1
        fi
        sleep 1
    done
    say "$what ready after $((SECONDS - start)) s"
}
