#!/usr/bin/env bash
# Installs (from Debian packages) and starts the PostgreSQL and MariaDB servers the database-user
# tests log into, then prints their settings as KEY=VALUE lines (also kept in $DIR/env).
#
#   tools/install-databases.sh [DIR]     DIR: $ASO_DB_DIR, else /tmp/aso-databases
#
# - Idempotent and quick when the servers already run: a lock serialises concurrent callers
#   (every test process calls it), running servers are kept, setup SQL is re-run (it is
#   idempotent).
# - As root, each server runs as its own system user (postgres, mysql); otherwise as the caller.
# - Loopback only, fixed high ports ($ASO_PG_PORT, default 55432; $ASO_MYSQL_PORT, default
#   53306), TLS required, with a CA and a server certificate generated here for
#   *.postgres.database.azure.com, *.mysql.database.azure.com, *.database.windows.net, localhost.
# - Each server gets an admin shaped like Azure's (no superuser), an Entra administrator whose
#   "token" is a fixed string, and PostgreSQL gets stand-ins for Azure's pgaadauth functions that
#   record their calls (see dbuser/README.md).
# - Exit 77 when it cannot run here (packages missing, not root and no password-less sudo):
#   the tests then skip, saying why.
set -euo pipefail

DIR="${1:-${ASO_DB_DIR:-/tmp/aso-databases}}"
PG_PORT="${ASO_PG_PORT:-55432}"
MYSQL_PORT="${ASO_MYSQL_PORT:-53306}"
ADMIN=azureadmin
ADMIN_PASSWORD='Adm1n-pa55!word'
ENTRA_ADMIN='aad-admin@contoso.example'
ENTRA_TOKEN='entra-token-for-aad-admin'

say() { echo "install-databases: $*" >&2; }
cannot() { say "cannot run here: $*"; exit 77; }

mkdir -p "$DIR"
chmod 755 "$DIR"
exec 9>"$DIR/.lock"
flock 9

# --- packages ---------------------------------------------------------------------------------
if [ "$(id -u)" = 0 ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else SUDO=none; fi
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
need=()
[ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/initdb" ] || need+=(postgresql)
command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || need+=(mariadb-server)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
if [ ${#need[@]} -gt 0 ]; then
    [ "$SUDO" = none ] && cannot "packages ${need[*]} are missing, and this is not root and has no password-less sudo"
    say "installing ${need[*]}"
    # Keep the packages' own services from starting (they would take the default ports).
    policy_added=""
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
        $SUDO chmod 755 /usr/sbin/policy-rc.d
        policy_added=1
    fi
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
    [ -n "$policy_added" ] && $SUDO rm -f /usr/sbin/policy-rc.d
fi
PG_BIN="$(pg_bin)"
MARIADBD="$(command -v mariadbd || echo /usr/sbin/mariadbd)"

# The servers must not inherit the lock (fd 9): they would hold it for their whole life.
# Who runs the servers, and how to run a command as them.
if [ "$(id -u)" = 0 ]; then
    PG_USER=postgres
    MY_USER=mysql
    as() { local user="$1"; shift; runuser -u "$user" -- "$@"; }
else
    PG_USER="$(id -un)"
    MY_USER="$(id -un)"
    as() { shift; "$@"; }
fi

# --- certificates -----------------------------------------------------------------------------
TLS="$DIR/tls"
if [ ! -s "$TLS/server.crt" ]; then
    say "generating a CA and a server certificate in $TLS"
    rm -rf "$TLS" && mkdir -p "$TLS"
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=aso-rs test CA" \
        -keyout "$TLS/ca.key" -out "$TLS/ca.crt.tmp" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
        -keyout "$TLS/server.key" -out "$TLS/server.csr" 2>/dev/null
    printf '%s\n' "basicConstraints=CA:FALSE" "keyUsage=critical,digitalSignature,keyEncipherment" \
        "extendedKeyUsage=serverAuth" \
        "subjectAltName=DNS:*.postgres.database.azure.com,DNS:*.mysql.database.azure.com,DNS:*.database.windows.net,DNS:localhost,IP:127.0.0.1" \
        > "$TLS/server.ext"
    openssl x509 -req -in "$TLS/server.csr" -CA "$TLS/ca.crt.tmp" -CAkey "$TLS/ca.key" -CAcreateserial \
        -days 3650 -out "$TLS/server.crt" -extfile "$TLS/server.ext" 2>/dev/null
    mv "$TLS/ca.crt.tmp" "$TLS/ca.crt"
fi
chmod 755 "$TLS"
chmod 644 "$TLS/ca.crt" "$TLS/server.crt"

# --- PostgreSQL -------------------------------------------------------------------------------
PG="$DIR/postgresql"
PG_DATA="$PG/data"
PG_SOCK="$PG/socket"
if [ ! -s "$PG_DATA/PG_VERSION" ]; then
    say "initialising PostgreSQL in $PG_DATA"
    rm -rf "$PG" && mkdir -p "$PG_DATA" "$PG_SOCK"
    chown -R "$PG_USER" "$PG"
    chmod 700 "$PG_DATA"
    as "$PG_USER" "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth-local=trust --auth-host=reject \
        --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    install -o "$PG_USER" -m 600 "$TLS/server.key" "$PG_DATA/server.key"
    install -o "$PG_USER" -m 644 "$TLS/server.crt" "$PG_DATA/server.crt"
    cat > "$PG_DATA/pg_hba.conf" <<EOF
local   all all                trust
hostssl all all 127.0.0.1/32   scram-sha-256
host    all all 127.0.0.1/32   reject
EOF
    cat >> "$PG_DATA/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_SOCK'
ssl = on
password_encryption = 'scram-sha-256'
max_connections = 200
fsync = off
EOF
    chown "$PG_USER" "$PG_DATA/pg_hba.conf" "$PG_DATA/postgresql.conf"
fi
if ! as "$PG_USER" "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
    say "starting PostgreSQL on 127.0.0.1:$PG_PORT"
    as "$PG_USER" "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG/log" -w -t 60 start >/dev/null 9>&-
fi
PG_SETUP="$(cat <<EOF
SET client_min_messages = warning;
-- What Azure's flexible server has: azure_pg_admin, and an admin that is no superuser.
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'azure_pg_admin') THEN
    CREATE ROLE azure_pg_admin NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$ADMIN') THEN
    CREATE ROLE $ADMIN LOGIN CREATEDB CREATEROLE;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$ENTRA_ADMIN') THEN
    CREATE ROLE "$ENTRA_ADMIN" LOGIN CREATEDB CREATEROLE;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_reader') THEN
    CREATE ROLE app_reader NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_writer') THEN
    CREATE ROLE app_writer NOLOGIN;
  END IF;
END \$\$;
ALTER ROLE $ADMIN PASSWORD '$ADMIN_PASSWORD';
ALTER ROLE "$ENTRA_ADMIN" PASSWORD '$ENTRA_TOKEN';
GRANT azure_pg_admin TO $ADMIN, "$ENTRA_ADMIN" WITH ADMIN OPTION;
GRANT app_reader, app_writer TO $ADMIN, "$ENTRA_ADMIN" WITH ADMIN OPTION;
GRANT CREATE ON SCHEMA public TO $ADMIN;

-- Stand-ins for Azure's pgaadauth functions: they record each call and create a login role,
-- as Azure does (Azure also records the principal's object ID in a security label, which a
-- stock server cannot hold).
CREATE TABLE IF NOT EXISTS public.pgaadauth_calls (
  id serial PRIMARY KEY, fn text, role_name text, object_id text, object_type text,
  is_admin boolean, is_mfa boolean, caller text DEFAULT session_user, at timestamptz DEFAULT now());
GRANT SELECT ON public.pgaadauth_calls TO PUBLIC;
CREATE OR REPLACE FUNCTION public.pgaadauth_create_principal(role_name text, is_admin boolean, is_mfa boolean)
RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS \$\$
BEGIN
  INSERT INTO public.pgaadauth_calls (fn, role_name, is_admin, is_mfa, caller)
    VALUES ('pgaadauth_create_principal', role_name, is_admin, is_mfa, session_user);
  EXECUTE format('CREATE ROLE %I LOGIN', role_name);
  RETURN format('Created role for %s', role_name);
END \$\$;
CREATE OR REPLACE FUNCTION public.pgaadauth_create_principal_with_oid(role_name text, object_id text, object_type text, is_admin boolean, is_mfa boolean)
RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS \$\$
BEGIN
  IF object_type NOT IN ('user', 'group', 'service') THEN
    RAISE EXCEPTION 'objectType must be user, group or service, not %', object_type;
  END IF;
  INSERT INTO public.pgaadauth_calls (fn, role_name, object_id, object_type, is_admin, is_mfa, caller)
    VALUES ('pgaadauth_create_principal_with_oid', role_name, object_id, object_type, is_admin, is_mfa, session_user);
  EXECUTE format('CREATE ROLE %I LOGIN', role_name);
  RETURN format('Created role for %s', role_name);
END \$\$;
REVOKE ALL ON FUNCTION public.pgaadauth_create_principal(text, boolean, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION public.pgaadauth_create_principal_with_oid(text, text, text, boolean, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.pgaadauth_create_principal(text, boolean, boolean) TO "$ENTRA_ADMIN";
GRANT EXECUTE ON FUNCTION public.pgaadauth_create_principal_with_oid(text, text, text, boolean, boolean) TO "$ENTRA_ADMIN";
EOF
)"
# Tests running meanwhile grant on the stand-in functions (their Entra admins), and PostgreSQL
# refuses concurrent changes to one catalog row ("tuple concurrently updated"): try again.
for attempt in 1 2 3 4 5; do
    if printf '%s\n' "$PG_SETUP" | as "$PG_USER" "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 \
        -h "$PG_SOCK" -p "$PG_PORT" -U postgres -d postgres; then
        break
    fi
    [ "$attempt" = 5 ] && { say "setting up PostgreSQL failed"; exit 1; }
    sleep 1
done

# --- MariaDB ----------------------------------------------------------------------------------
MY="$DIR/mariadb"
MY_DATA="$MY/data"
MY_SOCK="$MY/mysqld.sock"
if [ ! -d "$MY_DATA/mysql" ]; then
    say "initialising MariaDB in $MY_DATA"
    rm -rf "$MY" && mkdir -p "$MY_DATA"
    chown -R "$MY_USER" "$MY"
    as "$MY_USER" mariadb-install-db --no-defaults --datadir="$MY_DATA" --auth-root-authentication-method=socket \
        --skip-test-db >/dev/null
    install -o "$MY_USER" -m 600 "$TLS/server.key" "$MY/server.key"
fi
my() { mariadb --no-defaults --socket="$MY_SOCK" -u "$(if [ "$(id -u)" = 0 ]; then echo root; else id -un; fi)" "$@"; }
if ! my -e 'SELECT 1' >/dev/null 2>&1; then
    say "starting MariaDB on 127.0.0.1:$MYSQL_PORT"
    # Azure's flexible server defaults: lower_case_table_names=1, TLS required.
    as "$MY_USER" setsid "$MARIADBD" --no-defaults --datadir="$MY_DATA" --socket="$MY_SOCK" \
        --port="$MYSQL_PORT" --bind-address=127.0.0.1 --pid-file="$MY/mysqld.pid" --log-error="$MY/log" \
        --lower-case-table-names=1 --require-secure-transport=ON --skip-name-resolve \
        --ssl-cert="$TLS/server.crt" --ssl-key="$MY/server.key" --ssl-ca="$TLS/ca.crt" \
        --innodb-flush-log-at-trx-commit=0 --max-connections=300 </dev/null >/dev/null 2>&1 9>&- &
    for _ in $(seq 1 120); do
        my -e 'SELECT 1' >/dev/null 2>&1 && break
        sleep 0.25
    done
    my -e 'SELECT 1' >/dev/null || { say "MariaDB did not start; its log:"; tail -20 "$MY/log" >&2; exit 1; }
fi
# Azure's admin privileges (https://learn.microsoft.com/azure/mysql/security/security-how-to-create-users).
AZURE_ADMIN_PRIVILEGES="SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, RELOAD, PROCESS, REFERENCES, INDEX, ALTER, SHOW DATABASES, CREATE TEMPORARY TABLES, LOCK TABLES, EXECUTE, REPLICATION SLAVE, REPLICATION CLIENT, CREATE VIEW, SHOW VIEW, CREATE ROUTINE, ALTER ROUTINE, CREATE USER, EVENT, TRIGGER"
my <<EOF
CREATE USER IF NOT EXISTS '$ADMIN'@'%' IDENTIFIED BY '$ADMIN_PASSWORD';
ALTER USER '$ADMIN'@'%' IDENTIFIED BY '$ADMIN_PASSWORD';
GRANT $AZURE_ADMIN_PRIVILEGES ON *.* TO '$ADMIN'@'%' WITH GRANT OPTION;
CREATE USER IF NOT EXISTS '$ENTRA_ADMIN'@'%' IDENTIFIED BY '$ENTRA_TOKEN';
ALTER USER '$ENTRA_ADMIN'@'%' IDENTIFIED BY '$ENTRA_TOKEN';
GRANT $AZURE_ADMIN_PRIVILEGES ON *.* TO '$ENTRA_ADMIN'@'%' WITH GRANT OPTION;
CREATE DATABASE IF NOT EXISTS appdb;
CREATE DATABASE IF NOT EXISTS reports;
EOF

cat > "$DIR/env" <<EOF
ASO_DB_DIR=$DIR
CA_FILE=$TLS/ca.crt
PG_ADDRESS=127.0.0.1:$PG_PORT
PG_SOCKET_DIR=$PG_SOCK
PG_BIN=$PG_BIN
MYSQL_ADDRESS=127.0.0.1:$MYSQL_PORT
MYSQL_SOCKET=$MY_SOCK
ADMIN_USER=$ADMIN
ADMIN_PASSWORD=$ADMIN_PASSWORD
ENTRA_ADMIN=$ENTRA_ADMIN
ENTRA_TOKEN=$ENTRA_TOKEN
EOF
cat "$DIR/env"
