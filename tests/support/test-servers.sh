#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Facet developers
#
# test-servers.sh: throwaway PostgreSQL 17 and MariaDB servers for one test run, plus a PgBouncer in
# transaction pooling mode in front of the PostgreSQL (how teams reach RDS-style servers behind a pooler).
#
#   bash tests/support/test-servers.sh start STATE_DIR   # fresh servers, writes STATE_DIR/servers.env
#   bash tests/support/test-servers.sh stop  STATE_DIR   # stops them and removes their data; idempotent
#
# CTest runs these as the setup and cleanup of the `servers` fixture (tests/support/CMakeLists.txt), so
# integration tests always talk to real servers with real password authentication, and the suite fails
# loudly (never skips) when a server cannot start. Data lives in a mktemp folder (tmpfs on the build root
# and on current distributions), the server logs stay in STATE_DIR for post-mortems.
#
# Servers run as `nobody` when started by root (PostgreSQL refuses root; the Facet build root runs as
# uid 0), otherwise as the invoking user. Environment overrides: FACET_PG_BINDIR (folder with initdb and
# postgres), FACET_MARIADBD (path of mariadbd), FACET_SERVER_START_TIMEOUT (seconds, default 60).
set -euo pipefail

readonly PG_USER=facet PG_PASSWORD=facet-test-pw PG_DATABASE=facet_test
readonly PG_SUPERUSER=postgres PG_SUPERUSER_PASSWORD=facet-super-pw
readonly MYSQL_USER=facet MYSQL_PASSWORD=facet-test-pw MYSQL_DATABASE=facet_test
readonly MYSQL_ROOT_PASSWORD=facet-root-pw
readonly START_TIMEOUT=${FACET_SERVER_START_TIMEOUT:-60}
readonly STOP_TIMEOUT=20
readonly TMP_PREFIX=facet-servers.
readonly MARKER=.facet-test-servers

me=test-servers.sh
say() { printf '%s: %s\n' "$me" "$*" >&2; }
# One line with the whole reason, printed last; details such as log tails come before it.
die() { say "$*"; exit 1; }

usage() { die "usage: bash test-servers.sh start|stop STATE_DIR"; }

(( $# == 2 )) || usage
action=$1
state_dir=$2
[[ $action == start || $action == stop ]] || usage
mkdir -p "$state_dir"
state_dir=$(cd "$state_dir" && pwd)
# Every path below is absolute; the servers must not inherit a working folder `nobody` cannot enter.
cd /
env_file=$state_dir/servers.env
partial_file=$state_dir/servers.env.partial

# One start or stop at a time per state folder: two ctest runs in the same build tree must not tear down
# each other's servers half-way.
exec 8>"$state_dir/.lock"
flock 8

# ---------------------------------------------------------------------------------------------------------
# Who runs the servers

if [[ $(id -u) == 0 ]]; then
    server_user=nobody
    server_group=$(id -gn nobody 2>/dev/null || echo nogroup)
    # HOME=/ keeps the server tools from looking into root's home.
    as_server=(env HOME=/ setpriv --reuid="$server_user" --regid="$server_group" --clear-groups --)
else
    server_user=$(id -un)
    server_group=$(id -gn)
    as_server=()
fi

# ---------------------------------------------------------------------------------------------------------
# Stopping (also used by start to clear leftovers)

# read_key FILE KEY: the value of KEY in a servers.env-style file, empty when absent.
read_key() {
    [[ -f $1 ]] || return 0
    sed -n "s/^$2=//p" "$1" | tail -n1
}

# is_our_server PID DATADIR: true when PID is alive and was started on DATADIR. The pid may come from an
# earlier run (another build root session), so a reused pid of an unrelated process must never be killed.
is_our_server() {
    local pid=$1 datadir=$2
    [[ $pid =~ ^[0-9]+$ && -n $datadir && -r /proc/$pid/cmdline ]] || return 1
    tr '\0' '\n' 2>/dev/null <"/proc/$pid/cmdline" | grep -qF -- "$datadir"
}

# stop_server NAME PID DATADIR SIGNAL: polite shutdown with SIGNAL, SIGKILL to the whole session after
# STOP_TIMEOUT. Servers run in their own session (setsid), so -PID reaches their children too. (A polite
# shutdown needs no group kill: the postmaster exits only after its children.)
stop_server() {
    local name=$1 pid=$2 datadir=$3 sig=$4
    is_our_server "$pid" "$datadir" || return 0
    kill "-$sig" "$pid" 2>/dev/null || true
    local i
    for ((i = 0; i < STOP_TIMEOUT * 10; i++)); do
        is_our_server "$pid" "$datadir" || return 0
        sleep 0.1
    done
    is_our_server "$pid" "$datadir" || return 0
    say "$name (pid $pid) did not shut down within ${STOP_TIMEOUT} s; killing it"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do
        is_our_server "$pid" "$datadir" || return 0
        sleep 0.1
    done
    say "$name (pid $pid) survived SIGKILL"
}

# remove_tmp DIR: deletes a data folder this script made, and nothing else.
remove_tmp() {
    local dir=$1
    [[ -n $dir && -d $dir && $(basename "$dir") == "$TMP_PREFIX"* && -e $dir/$MARKER ]] || return 0
    rm -rf -- "$dir"
}

stop_all() {
    local f pg_data pg_pid
    for f in "$env_file" "$partial_file"; do
        [[ -f $f ]] || continue
        # PgBouncer first, so no client reaches PostgreSQL through it while that shuts down. SIGINT is its
        # "safe" shutdown (waits for running transactions only); the test run is over by now.
        stop_server PgBouncer "$(read_key "$f" PGBOUNCER_PID)" "$(read_key "$f" PGBOUNCER_CONF)" INT
        # PostgreSQL: SIGINT is "fast" shutdown (rolls back sessions, no waiting for clients). A test may
        # have restarted it (`pg_ctl restart`, tst_pool_restart): the running postmaster's pid is then only
        # in its postmaster.pid, not in PG_PID; is_our_server still checks it runs on this data folder.
        pg_data=$(read_key "$f" PG_DATA)
        pg_pid=$(read_key "$f" PG_PID)
        if [[ -n $pg_data && -r $pg_data/postmaster.pid ]]; then
            pg_pid=$(head -n1 "$pg_data/postmaster.pid" 2>/dev/null || echo "$pg_pid")
        fi
        stop_server PostgreSQL "$pg_pid" "$pg_data" INT
        # MariaDB: SIGTERM is its normal shutdown.
        stop_server MariaDB "$(read_key "$f" MYSQL_PID)" "$(read_key "$f" MYSQL_DATA)" TERM
        remove_tmp "$(read_key "$f" SERVERS_TMPDIR)"
    done
    rm -f -- "$env_file" "$partial_file"
}

if [[ $action == stop ]]; then
    stop_all
    exit 0
fi

# ---------------------------------------------------------------------------------------------------------
# Finding the binaries

pg_bindir_ok() { [[ -x $1/initdb && -x $1/postgres && -x $1/pg_isready && -x $1/psql ]]; }

find_pg_bindir() {
    local candidates=()
    [[ -n ${FACET_PG_BINDIR:-} ]] && candidates+=("$FACET_PG_BINDIR")
    candidates+=(/usr/lib/postgresql/17/bin /usr/pgsql-17/bin)
    command -v pg_config >/dev/null && candidates+=("$(pg_config --bindir 2>/dev/null || true)")
    # Newer majors are fine too (the tests only require >= 17); highest first.
    local d
    while IFS= read -r d; do candidates+=("$d"); done < <(
        for d in /usr/lib/postgresql/*/bin /usr/pgsql-*/bin; do [[ -d $d ]] && echo "$d"; done | sort -V -r)
    command -v initdb >/dev/null && candidates+=("$(dirname "$(command -v initdb)")")
    for d in "${candidates[@]}"; do
        [[ -n $d ]] && pg_bindir_ok "$d" && { echo "$d"; return 0; }
    done
    return 1
}

find_first() {
    local c
    for c in "$@"; do
        if [[ $c == /* ]]; then [[ -x $c ]] && { echo "$c"; return 0; }
        else command -v "$c" 2>/dev/null && return 0
        fi
    done
    return 1
}

pg_bin=$(find_pg_bindir) ||
    die "PostgreSQL server binaries not found (looked in /usr/lib/postgresql/*/bin, /usr/pgsql-*/bin, pg_config --bindir, PATH); install postgresql-17 or set FACET_PG_BINDIR"
pg_version=$("$pg_bin/postgres" --version | sed -n 's/^[^0-9]*\([0-9][0-9.]*\).*/\1/p')
pg_major=${pg_version%%.*}
(( ${pg_major:-0} >= 17 )) || die "PostgreSQL in $pg_bin is version ${pg_major:-unknown}; the tests need 17 or newer (set FACET_PG_BINDIR)"

mariadbd=$(find_first "${FACET_MARIADBD:-}" mariadbd /usr/sbin/mariadbd /usr/libexec/mariadbd mysqld /usr/sbin/mysqld /usr/libexec/mysqld) ||
    die "mariadbd not found (looked in PATH, /usr/sbin, /usr/libexec); install mariadb-server or set FACET_MARIADBD"
install_db=$(find_first mariadb-install-db mysql_install_db) ||
    die "mariadb-install-db not found; install mariadb-server"
mysql_admin=$(find_first mariadb-admin mysqladmin) || die "mariadb-admin not found; install mariadb-client"
mysql_client=$(find_first mariadb mysql) || die "the mariadb client not found; install mariadb-client"
pgbouncer=$(find_first "${FACET_PGBOUNCER:-}" pgbouncer /usr/sbin/pgbouncer /usr/bin/pgbouncer) ||
    die "pgbouncer not found (looked in PATH, /usr/sbin, /usr/bin); install pgbouncer or set FACET_PGBOUNCER"
command -v setsid >/dev/null || die "setsid not found; install util-linux"
if [[ $(id -u) == 0 ]]; then
    command -v setpriv >/dev/null || die "setpriv not found; install util-linux (needed to run the servers as nobody)"
fi

# ---------------------------------------------------------------------------------------------------------
# Helpers for starting

# A free port in 20000-32000: below Linux's ephemeral range (32768+) so outgoing connections do not take
# it between the probe and the bind, and away from the default 5432/3306 of any system server.
pick_port() {
    local exclude=${1:-} p i
    for ((i = 0; i < 200; i++)); do
        p=$((20000 + RANDOM % 12000))
        [[ $p == "$exclude" ]] && continue
        # A successful connect means something listens there.
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
            echo "$p"
            return 0
        fi
    done
    die "no free TCP port found on 127.0.0.1 in 20000-32000"
}

log_tail() {
    if [[ -f $1 ]]; then tail -n 25 -- "$1" | sed 's/^/    | /' >&2; fi
}

record() { printf '%s=%s\n' "$1" "$2" >>"$partial_file"; }

failed=1
on_exit() {
    # A half-started set of servers is useless; take everything down so nothing leaks.
    (( failed )) && stop_all
    return 0
}

# wait_ready NAME PID LOG OFFSET CHECK...: polls CHECK until it succeeds; fails early when the server dies.
# Returns 2 when the server exited because its port was taken (the caller retries with another port); only
# the log written after OFFSET counts, so an earlier attempt's message does not cause a pointless retry.
wait_ready() {
    local name=$1 pid=$2 log=$3 offset=$4 i
    shift 4
    for ((i = 0; i < START_TIMEOUT * 5; i++)); do
        "$@" >/dev/null 2>&1 && return 0
        # An exited server stays a zombie child of this script: an empty cmdline, not kill -0, tells.
        # (/proc files report size 0, so read it.)
        if [[ -z $(tr -d '\0' 2>/dev/null <"/proc/$pid/cmdline") ]]; then
            tail -c "+$((offset + 1))" "$log" 2>/dev/null | grep -q 'Address already in use' && return 2
            say "$name exited during start-up; last lines of $log:"
            log_tail "$log"
            return 1
        fi
        sleep 0.2
    done
    say "$name did not accept connections within ${START_TIMEOUT} s; last lines of $log:"
    log_tail "$log"
    return 1
}

# ---------------------------------------------------------------------------------------------------------
# Start

stop_all # leftovers from an interrupted or killed earlier run recorded in this state folder
trap on_exit EXIT
trap 'exit 130' INT TERM HUP # so an interrupted start still runs on_exit

t0=$SECONDS
# Unix socket paths are limited to 107 bytes; a long TMPDIR falls back to /tmp.
tmp_base=${TMPDIR:-/tmp}
(( ${#tmp_base} <= 50 )) || tmp_base=/tmp
tmp=$(mktemp -d "$tmp_base/${TMP_PREFIX}XXXXXXXX")
touch "$tmp/$MARKER"
chmod 0755 "$tmp" # the server user must be able to enter it
record SERVERS_TMPDIR "$tmp"

pg_dir=$tmp/pg my_dir=$tmp/mariadb
mkdir -p "$pg_dir/data" "$pg_dir/socket" "$my_dir/data" "$my_dir/run" "$tmp/tmp"
chmod 0755 "$pg_dir" "$my_dir"
chmod 0700 "$pg_dir/data" # initdb insists
chown -R "$server_user:$server_group" "$pg_dir" "$my_dir" "$tmp/tmp"
# The build root's /tmp is not writable for nobody, and InnoDB needs scratch files from the start.
export TMPDIR=$tmp/tmp
pg_log=$state_dir/postgresql.log
my_log=$state_dir/mariadb.log
: >"$pg_log"
: >"$my_log"
record PG_DATA "$pg_dir/data"
record PG_LOG "$pg_log"
record MYSQL_DATA "$my_dir/data"
record MYSQL_LOG "$my_log"

# --- PostgreSQL ------------------------------------------------------------------------------------------

pwfile=$pg_dir/superuser-password
printf '%s\n' "$PG_SUPERUSER_PASSWORD" >"$pwfile"
chown "$server_user:$server_group" "$pwfile"
chmod 0600 "$pwfile"
# scram-sha-256 for TCP and the socket alike, so every test exercises real password authentication.
# mmap dynamic shared memory: /dev/shm is not writable for nobody inside the build root, and unlike System V
# segments, files in the data folder cannot outlive a killed server.
if ! "${as_server[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U "$PG_SUPERUSER" --pwfile="$pwfile" \
        --auth-local=scram-sha-256 --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 \
        --no-sync --no-instructions -c dynamic_shared_memory_type=mmap >>"$pg_log" 2>&1; then
    say "initdb failed; last lines of $pg_log:"
    log_tail "$pg_log"
    die "PostgreSQL could not be initialised (initdb failed, see above)"
fi
rm -f -- "$pwfile"

pg_port=
for _ in 1 2 3 4 5; do
    pg_port=$(pick_port)
    offset=$(stat -c %s "$pg_log")
    # fsync/full_page_writes/synchronous_commit off: throwaway data, speed matters more than durability.
    # setsid: own session, so a Ctrl-C of ctest does not leave half-stopped servers and stop can kill
    # the whole group. 8>&-: the servers must not inherit the state folder lock.
    "${as_server[@]}" setsid "$pg_bin/postgres" -D "$pg_dir/data" -p "$pg_port" -k "$pg_dir/socket" \
        -c listen_addresses=127.0.0.1 -c max_connections=100 -c fsync=off -c full_page_writes=off \
        -c synchronous_commit=off -c unix_socket_permissions=0777 -c logging_collector=off \
        </dev/null >>"$pg_log" 2>&1 8>&- &
    pg_pid=$!
    record PG_PID "$pg_pid"
    rc=0
    # Readiness through our own socket: over TCP a port clash would find the other server and look fine.
    # PostgreSQL binds TCP before it makes the socket and exits when that fails, so the socket implies TCP.
    wait_ready PostgreSQL "$pg_pid" "$pg_log" "$offset" "$pg_bin/pg_isready" -q -h "$pg_dir/socket" -p "$pg_port" -d postgres ||
        rc=$?
    (( rc == 0 )) && break
    (( rc == 2 )) && { say "PostgreSQL port $pg_port was taken; retrying with another"; continue; }
    die "PostgreSQL 17 did not start on 127.0.0.1:$pg_port (log: $pg_log, tail above)"
done
(( rc == 0 )) || die "PostgreSQL could not bind a free port after 5 attempts (log: $pg_log)"

# The test user owns its database and may create more (facet_* databases for later tests), but is no
# superuser, so tests see the permissions a real application role has.
if ! PGPASSWORD=$PG_SUPERUSER_PASSWORD "$pg_bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$pg_dir/socket" \
        -p "$pg_port" -U "$PG_SUPERUSER" -d postgres >>"$pg_log" 2>&1 <<SQL; then
CREATE ROLE $PG_USER LOGIN CREATEDB PASSWORD '$PG_PASSWORD';
CREATE DATABASE $PG_DATABASE OWNER $PG_USER;
SQL
    log_tail "$pg_log"
    die "could not create the PostgreSQL test user and database (log: $pg_log)"
fi
# TCP with a password into the test database, checked to reach this server and not another one on the
# port (as the superuser: only it may read data_directory; the test user's TCP login is tst_test_servers').
seen=$(PGPASSWORD=$PG_SUPERUSER_PASSWORD "$pg_bin/psql" -X -q -At -h 127.0.0.1 -p "$pg_port" -U "$PG_SUPERUSER" \
    -d "$PG_DATABASE" -c 'SHOW data_directory' 2>>"$pg_log") || true
[[ $seen == "$pg_dir/data" ]] ||
    die "PostgreSQL runs but 127.0.0.1:$pg_port does not reach it with password authentication (got '${seen}'; log: $pg_log)"
t_pg=$SECONDS

# --- MariaDB ---------------------------------------------------------------------------------------------

# --no-defaults everywhere: the system's /etc/mysql configuration (sockets in /run/mysqld, ...) must not
# leak into the throwaway server.
# No --user: it already runs as the server user, and with --user it would chown files under /usr/lib/mysql.
# --skip-name-resolve: the build root has no resolver for the host name.
if ! "${as_server[@]}" "$install_db" --no-defaults --datadir="$my_dir/data" --skip-name-resolve \
        --skip-test-db --auth-root-authentication-method=socket >>"$my_log" 2>&1; then
    say "mariadb-install-db failed; last lines of $my_log:"
    log_tail "$my_log"
    die "MariaDB could not be initialised (mariadb-install-db failed, see above)"
fi

# Runs once at start-up with full privileges, so the harness needs no root login. root keeps socket
# authentication and also gets a password, so clients running as any OS user can administer the server
# through the socket; TCP only knows the test user.
init_sql=$my_dir/init.sql
cat >"$init_sql" <<SQL
ALTER USER 'root'@'localhost' IDENTIFIED VIA unix_socket OR mysql_native_password USING PASSWORD('$MYSQL_ROOT_PASSWORD');
CREATE DATABASE \`$MYSQL_DATABASE\`;
CREATE USER '$MYSQL_USER'@'127.0.0.1' IDENTIFIED BY '$MYSQL_PASSWORD';
CREATE USER '$MYSQL_USER'@'localhost' IDENTIFIED BY '$MYSQL_PASSWORD';
GRANT ALL PRIVILEGES ON \`facet\\_%\`.* TO '$MYSQL_USER'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`facet\\_%\`.* TO '$MYSQL_USER'@'localhost';
SQL
chown "$server_user:$server_group" "$init_sql"
chmod 0600 "$init_sql"

my_sock=$my_dir/run/mariadb.sock
for _ in 1 2 3 4 5; do
    my_port=$(pick_port "$pg_port")
    offset=$(stat -c %s "$my_log")
    # Relaxed durability for speed; native AIO off because io_uring/libaio are often unavailable in
    # containers and on tmpfs.
    "${as_server[@]}" setsid "$mariadbd" --no-defaults --datadir="$my_dir/data" --socket="$my_sock" \
        --pid-file="$my_dir/run/mariadbd.pid" --tmpdir="$TMPDIR" --port="$my_port" --bind-address=127.0.0.1 \
        --skip-name-resolve --user="$server_user" --init-file="$init_sql" \
        --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 --innodb-use-native-aio=0 \
        </dev/null >>"$my_log" 2>&1 8>&- &
    my_pid=$!
    record MYSQL_PID "$my_pid"
    rc=0
    # Readiness through our own socket, as for PostgreSQL; MariaDB too exits when it cannot bind the port.
    # It answers only after the init file ran (an error there aborts the start-up).
    wait_ready MariaDB "$my_pid" "$my_log" "$offset" "$mysql_admin" --no-defaults --socket="$my_sock" \
        -u "$MYSQL_USER" "-p$MYSQL_PASSWORD" --connect-timeout=2 ping || rc=$?
    (( rc == 0 )) && break
    (( rc == 2 )) && { say "MariaDB port $my_port was taken; retrying with another"; continue; }
    die "MariaDB did not start on 127.0.0.1:$my_port (log: $my_log, tail above)"
done
(( rc == 0 )) || die "MariaDB could not bind a free port after 5 attempts (log: $my_log)"
# The test user over TCP into its database: proves the port is this server's, the password, the grants
# and the database the init file made.
seen=$("$mysql_client" --no-defaults --protocol=TCP -h 127.0.0.1 -P "$my_port" -u "$MYSQL_USER" \
    "-p$MYSQL_PASSWORD" -D "$MYSQL_DATABASE" -N -B -e 'SELECT @@datadir' 2>>"$my_log") || true
[[ ${seen%/} == "$my_dir/data" ]] ||
    die "MariaDB runs but the test user cannot use $MYSQL_DATABASE at 127.0.0.1:$my_port (got '${seen}'; log: $my_log)"
rm -f -- "$init_sql"
t_my=$SECONDS

# --- PgBouncer -------------------------------------------------------------------------------------------

# Transaction pooling, as in front of RDS-style servers: each transaction may run on a different server
# session, so named prepared statements kept across transactions break (max_prepared_statements = 0 keeps
# PgBouncer from papering over that). The test user authenticates with its SCRAM secret, read from
# pg_authid, so no plain password is stored; PgBouncer reuses the client's SCRAM keys towards the server.
pgb_dir=$tmp/pgbouncer
mkdir -p "$pgb_dir"
pgb_conf=$pgb_dir/pgbouncer.ini
pgb_log=$state_dir/pgbouncer.log
: >"$pgb_log"
record PGBOUNCER_CONF "$pgb_conf"
pg_secret=$(PGPASSWORD=$PG_SUPERUSER_PASSWORD "$pg_bin/psql" -X -q -At -h "$pg_dir/socket" -p "$pg_port" \
    -U "$PG_SUPERUSER" -d postgres -c "SELECT rolpassword FROM pg_authid WHERE rolname = '$PG_USER'" 2>>"$pgb_log") ||
    die "could not read the SCRAM secret of $PG_USER for PgBouncer (log: $pgb_log)"
[[ $pg_secret == SCRAM-SHA-256* ]] || die "the password of $PG_USER is not a SCRAM secret ('${pg_secret:0:14}...')"
printf '"%s" "%s"\n' "$PG_USER" "$pg_secret" >"$pgb_dir/userlist.txt"
chown -R "$server_user:$server_group" "$pgb_dir"
chmod 0600 "$pgb_dir/userlist.txt"
for _ in 1 2 3 4 5; do
    pgb_port=$(pick_port "$my_port")
    [[ $pgb_port == "$pg_port" ]] && continue
    cat >"$pgb_conf" <<INI
[databases]
* = host=127.0.0.1 port=$pg_port
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $pgb_port
unix_socket_dir =
auth_type = scram-sha-256
auth_file = $pgb_dir/userlist.txt
pool_mode = transaction
max_client_conn = 200
default_pool_size = 4
max_prepared_statements = 0
pidfile = $pgb_dir/pgbouncer.pid
INI
    chown "$server_user:$server_group" "$pgb_conf"
    offset=$(stat -c %s "$pgb_log")
    "${as_server[@]}" setsid "$pgbouncer" "$pgb_conf" </dev/null >>"$pgb_log" 2>&1 8>&- &
    pgb_pid=$!
    record PGBOUNCER_PID "$pgb_pid"
    rc=0
    # Through the bouncer into the test database, checked to reach this run's PostgreSQL (its port).
    pgb_check() {
        [[ $(PGPASSWORD=$PG_PASSWORD "$pg_bin/psql" -X -q -At -h 127.0.0.1 -p "$pgb_port" -U "$PG_USER" \
            -d "$PG_DATABASE" -c "SELECT current_setting('port')" 2>/dev/null) == "$pg_port" ]]
    }
    wait_ready PgBouncer "$pgb_pid" "$pgb_log" "$offset" pgb_check || rc=$?
    (( rc == 0 )) && break
    (( rc == 2 )) && { say "PgBouncer port $pgb_port was taken; retrying with another"; continue; }
    die "PgBouncer did not start on 127.0.0.1:$pgb_port (log: $pgb_log, tail above)"
done
(( rc == 0 )) || die "PgBouncer could not bind a free port after 5 attempts (log: $pgb_log)"
pgb_version=$("$pgbouncer" --version | sed -n '1s/^[^0-9]*\([0-9][0-9.]*\).*/\1/p')
t_pgb=$SECONDS

# ---------------------------------------------------------------------------------------------------------
# servers.env: KEY=VALUE lines without quotes, read by facet::test::TestServers and by shell scripts
# (`set -a; . servers.env`). Written to a temporary name and renamed so readers never see half a file.

my_version=$("$mariadbd" --version | sed -n 's/.*Ver \([^ ]*\).*/\1/p')
{
    echo "# Written by tests/support/test-servers.sh start; removed by stop. Servers live until then."
    echo "# PostgreSQL $pg_version, MariaDB $my_version; both bound to 127.0.0.1 only."
    echo "PG_HOST=127.0.0.1"
    echo "PG_PORT=$pg_port"
    echo "PG_USER=$PG_USER"
    echo "PG_PASSWORD=$PG_PASSWORD"
    echo "PG_DATABASE=$PG_DATABASE"
    echo "PG_SOCKET_DIR=$pg_dir/socket"
    echo "PG_URL=postgresql://$PG_USER:$PG_PASSWORD@127.0.0.1:$pg_port/$PG_DATABASE"
    echo "PG_SUPERUSER=$PG_SUPERUSER"
    echo "PG_SUPERUSER_PASSWORD=$PG_SUPERUSER_PASSWORD"
    echo "PG_SUPERUSER_URL=postgresql://$PG_SUPERUSER:$PG_SUPERUSER_PASSWORD@127.0.0.1:$pg_port/postgres"
    echo "PG_BINDIR=$pg_bin"
    echo "PG_VERSION=$pg_version"
    echo "MYSQL_HOST=127.0.0.1"
    echo "MYSQL_PORT=$my_port"
    echo "MYSQL_USER=$MYSQL_USER"
    echo "MYSQL_PASSWORD=$MYSQL_PASSWORD"
    echo "MYSQL_DATABASE=$MYSQL_DATABASE"
    echo "MYSQL_SOCKET=$my_sock"
    echo "MYSQL_URL=mysql://$MYSQL_USER:$MYSQL_PASSWORD@127.0.0.1:$my_port/$MYSQL_DATABASE"
    echo "# Administration (root exists for the socket only): mariadb --no-defaults --socket=\$MYSQL_ROOT_SOCKET -u root -p\$MYSQL_ROOT_PASSWORD"
    echo "MYSQL_ROOT_SOCKET=$my_sock"
    echo "MYSQL_ROOT_USER=root"
    echo "MYSQL_ROOT_PASSWORD=$MYSQL_ROOT_PASSWORD"
    echo "MYSQL_VERSION=$my_version"
    echo "# PgBouncer $pgb_version, transaction pooling, in front of the PostgreSQL above (same user and password)."
    echo "PGBOUNCER_HOST=127.0.0.1"
    echo "PGBOUNCER_PORT=$pgb_port"
    echo "PGBOUNCER_URL=postgresql://$PG_USER:$PG_PASSWORD@127.0.0.1:$pgb_port/$PG_DATABASE?pgbouncer=true"
    echo "PGBOUNCER_VERSION=$pgb_version"
    echo "# For test-servers.sh stop."
    echo "SERVERS_TMPDIR=$tmp"
    echo "PG_PID=$(head -n1 "$pg_dir/data/postmaster.pid" 2>/dev/null || echo "$pg_pid")"
    echo "PG_DATA=$pg_dir/data"
    echo "PG_LOG=$pg_log"
    echo "MYSQL_PID=$(cat "$my_dir/run/mariadbd.pid" 2>/dev/null || echo "$my_pid")"
    echo "MYSQL_DATA=$my_dir/data"
    echo "MYSQL_LOG=$my_log"
    echo "PGBOUNCER_PID=$(head -n1 "$pgb_dir/pgbouncer.pid" 2>/dev/null || echo "$pgb_pid")"
    echo "PGBOUNCER_CONF=$pgb_conf"
    echo "PGBOUNCER_LOG=$pgb_log"
} >"$env_file.new"
mv -f -- "$env_file.new" "$env_file"
rm -f -- "$partial_file"
failed=0
echo "PostgreSQL $pg_version on 127.0.0.1:$pg_port ($((t_pg - t0)) s), MariaDB $my_version on 127.0.0.1:$my_port ($((t_my - t_pg)) s), PgBouncer $pgb_version on 127.0.0.1:$pgb_port ($((t_pgb - t_my)) s); $env_file"
