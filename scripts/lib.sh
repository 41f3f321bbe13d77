# shellcheck shell=bash
# Shared helpers of ./hub: toolchain, packages, and the local services (Redis, Elasticsearch).
# Every service is started by us, health-checked, and stopped by the EXIT trap that ./hub installs.

ES_VERSION=9.2.8
ES_USER=wanhuo-es

say()  { printf '\033[1;34m[hub]\033[0m %s\n' "$*"; }
warn() { printf '\033[1;33m[hub]\033[0m %s\n' "$*" >&2; }
die()  { printf '\033[1;31m[hub] %s\033[0m\n' "$*" >&2; exit 1; }

is_root() { [ "$(id -u)" = 0 ]; }

# A JDK >= 21: $JAVA_HOME if it qualifies, else the newest under /usr/lib/jvm.
find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate=${candidate%/}
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    if [ "${major%%.*}" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME=$candidate
      export PATH="$JAVA_HOME/bin:$PATH"
      # Maven's own bundled Guava trips a deprecation warning on JDK 24+; it is harmless noise.
      [ "${major%%.*}" -ge 24 ] && export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
      return 0
    fi
  done
  die "No JDK 21 or newer found (looked at \$JAVA_HOME and /usr/lib/jvm). Install one, e.g. 'apt-get install openjdk-21-jdk-headless' where available, and set JAVA_HOME."
}

# Installs Debian packages that are missing (as root), or says exactly what to run.
ensure_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! is_root; then
    die "Missing Debian packages: ${missing[*]}. Install them with: sudo apt-get update && sudo apt-get install -y ${missing[*]}"
  fi
  say "Installing ${missing[*]} (Debian packages)…"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
    || die "apt-get could not install: ${missing[*]}"
}

ensure_node() {
  command -v node >/dev/null && command -v npm >/dev/null || ensure_packages nodejs npm
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$major" -ge 20 ] || die "Node.js 20 or newer is needed for the frontend build; found $(node --version)."
}

# Elasticsearch from Maven Central, unpacked once into a cache every later run reuses.
es_home() {
  if is_root; then echo "/opt/wanhuo-hub/elasticsearch-$ES_VERSION"; else echo "${XDG_CACHE_HOME:-$HOME/.cache}/wanhuo-hub/elasticsearch-$ES_VERSION"; fi
}

ensure_elasticsearch() {
  local home download
  home=$(es_home)
  if [ ! -x "$home/bin/elasticsearch" ]; then
    say "Fetching Elasticsearch $ES_VERSION from Maven Central (first run only, ~100 MB)…"
    download=$(mktemp -d)
    mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip" \
      -DoutputDirectory="$download" >/dev/null || die "Could not fetch Elasticsearch $ES_VERSION through Maven."
    mkdir -p "$(dirname "$home")"
    (cd "$download" && unzip -q ./*.zip) || die "Could not unpack the Elasticsearch archive."
    rm -rf "$home"
    mv "$download/elasticsearch-$ES_VERSION" "$home"
    rm -rf "$download"
    chmod -R a+rX "$(dirname "$home")"
  fi
  if is_root && ! id "$ES_USER" >/dev/null 2>&1; then
    # Elasticsearch refuses to run as root.
    useradd --system --no-create-home --shell /usr/sbin/nologin "$ES_USER" || die "Could not create the user $ES_USER for Elasticsearch."
  fi
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

require_port() { # service port variable
  port_free "$2" || die "$1 cannot start: port $2 is already in use. Stop what uses it or choose another port with $3=…"
}

# Waits until a probe succeeds, failing early with the log's tail if the process died.
await() { # service pid seconds log probe...
  local service=$1 pid=$2 seconds=$3 log=$4; shift 4
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then
      warn "$service exited during start-up. Last lines of $log:"; tail -n 25 "$log" >&2; return 1
    fi
    if [ $SECONDS -ge $deadline ]; then
      warn "$service did not become healthy within ${seconds}s. Last lines of $log:"; tail -n 25 "$log" >&2; return 1
    fi
    sleep 0.5
  done
}

STARTED_PIDS=()

start_redis() { # dir port persistent(yes|no)
  local dir=$1 port=$2 aof=$3
  require_port Redis "$port" HUB_REDIS_PORT
  mkdir -p "$dir"
  redis-server --port "$port" --bind 127.0.0.1 --dir "$dir" --appendonly "$aof" --save "" \
    --daemonize no --logfile "$dir/redis.log" --protected-mode yes &
  local pid=$!
  STARTED_PIDS+=("$pid")
  await Redis "$pid" 20 "$dir/redis.log" redis_ping "$port" || die "Redis failed to start on port $port."
  say "Redis ready on 127.0.0.1:$port"
}
redis_ping() { [ "$(redis-cli -p "$1" ping 2>/dev/null)" = PONG ]; }

start_elasticsearch() { # dir port
  local dir=$1 port=$2 home run_as=()
  home=$(es_home)
  require_port Elasticsearch "$port" HUB_ES_PORT
  mkdir -p "$dir/data" "$dir/logs"
  if [ ! -f "$dir/config/elasticsearch.yml" ]; then
    rm -rf "$dir/config" && cp -r "$home/config" "$dir/config"
  fi
  if is_root; then
    chown -R "$ES_USER" "$dir"
    run_as=(runuser -u "$ES_USER" --)
  fi
  "${run_as[@]}" env -i PATH="/usr/bin:/bin" HOME="$dir" ES_JAVA_HOME="$JAVA_HOME" ES_PATH_CONF="$dir/config" \
    ES_JAVA_OPTS="-Xms512m -Xmx512m" "$home/bin/elasticsearch" \
    -E discovery.type=single-node -E xpack.security.enabled=false -E network.host=127.0.0.1 \
    -E http.port="$port" -E transport.port=0 -E path.data="$dir/data" -E path.logs="$dir/logs" \
    -E cluster.name=wanhuo-hub -E node.name=wanhuo-local -E action.destructive_requires_name=false \
    -E cluster.routing.allocation.disk.threshold_enabled=false \
    -p "$dir/elasticsearch.pid" >"$dir/logs/console.log" 2>&1 &
  local pid=$!
  STARTED_PIDS+=("$pid")
  ES_PID_FILES+=("$dir/elasticsearch.pid")
  await Elasticsearch "$pid" 180 "$dir/logs/console.log" es_healthy "$port" || die "Elasticsearch failed to start on port $port."
  # A single node can never place replicas: without this every new index stays yellow.
  curl -sf -X PUT "http://127.0.0.1:$port/_index_template/wanhuo-single-node" -H 'Content-Type: application/json' \
    -d '{"index_patterns":["*"],"priority":0,"template":{"settings":{"number_of_replicas":0}}}' >/dev/null \
    || die "Elasticsearch is up but refused the index template."
  say "Elasticsearch ready on 127.0.0.1:$port"
}
es_healthy() { curl -sf "http://127.0.0.1:$1/_cluster/health?wait_for_status=yellow&timeout=1s" | grep -qE '"status":"(green|yellow)"'; }

# Stops what this run started: children first by TERM, then KILL what lingers. Elasticsearch's JVM is a
# grandchild (behind runuser), so it is reached through its pid file too.
stop_started() {
  set +e
  local pid file deadline=$((SECONDS + 30))
  for file in "${ES_PID_FILES[@]}"; do
    [ -f "$file" ] && kill "$(cat "$file")" 2>/dev/null
  done
  for pid in "${STARTED_PIDS[@]}"; do
    kill "$pid" 2>/dev/null
  done
  for pid in "${STARTED_PIDS[@]}"; do
    while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.2; done
    kill -9 "$pid" 2>/dev/null
  done
  for file in "${ES_PID_FILES[@]}"; do
    [ -f "$file" ] && kill -0 "$(cat "$file")" 2>/dev/null && kill -9 "$(cat "$file")" 2>/dev/null
    rm -f "$file"
  done
  STARTED_PIDS=()
  ES_PID_FILES=()
  return 0
}
ES_PID_FILES=()
