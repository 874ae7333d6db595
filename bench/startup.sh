#!/usr/bin/env bash
# Start-up benchmark: how long ./run.sh takes from the command to the first answer, on a fresh data folder
# (initdb of the embedded PostgreSQL, the migrations and the demo enterprise) and warm (the same folder again).
# Prints each run and the medians. Usage: bench/startup.sh [runs, default 3]. Needs a built app/target/qike.jar
# (./run.sh or ./mvnw -DskipTests package builds it); nothing is rebuilt here.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
[ -f app/target/qike.jar ] || { echo "build first: ./mvnw -B -DskipTests -pl app -am package" >&2; exit 2; }
touch app/target/qike.jar   # run.sh must not rebuild in the middle of a measurement
now() { date +%s%3N; }

# Starts ./run.sh on a data folder and prints: ms to /api/v1/status 200, ms to the login page 200, ms until the
# demo enterprise's seeding is logged (cold only; "-" when warm).
measure() {
  local data="$1" port="$2" log="$3" t0 status login seeded pid
  t0=$(now)
  QIKE_DATA_DIR="$data" PORT="$port" CI=1 ./run.sh >"$log" 2>&1 &
  pid=$!
  status=""; login=""; seeded="-"
  for _ in $(seq 1 3000); do
    if [ -z "$status" ] && curl -fs "http://localhost:$port/api/v1/status" >/dev/null 2>&1; then status=$(( $(now) - t0 )); fi
    if [ -n "$status" ] && [ -z "$login" ] && curl -fs "http://localhost:$port/login" >/dev/null 2>&1; then login=$(( $(now) - t0 )); fi
    if [ "$seeded" = "-" ] && grep -q "Qike demo enterprise created" "$log"; then seeded=$(( $(now) - t0 )); fi
    if [ -n "$login" ] && { [ "$seeded" != "-" ] || [ "$4" = warm ]; }; then break; fi
    sleep 0.05
  done
  kill "$pid" 2>/dev/null; pkill -f "server.port=$port" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  # The embedded PostgreSQL must be gone before the folder is started again.
  for _ in $(seq 1 100); do pgrep -f "$data/pg" >/dev/null || break; sleep 0.1; done
  echo "$status $login $seeded"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

echo "Qike start-up, $(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $RUNS runs"
printf '%-6s %-5s %14s %14s %14s\n' run kind "status 200 ms" "login 200 ms" "demo seeded ms"
cold=(); warm=(); coldLogin=(); warmLogin=()
for i in $(seq 1 "$RUNS"); do
  dir=$(mktemp -d /tmp/qike-startup.XXXXXX)
  port=$(( 18000 + i ))
  read -r s l d < <(measure "$dir/data" "$port" "$dir/cold.log" cold)
  printf '%-6s %-5s %14s %14s %14s\n' "$i" cold "$s" "$l" "$d"; cold+=("$s"); coldLogin+=("$l")
  read -r s l d < <(measure "$dir/data" "$port" "$dir/warm.log" warm)
  printf '%-6s %-5s %14s %14s %14s\n' "$i" warm "$s" "$l" "$d"; warm+=("$s"); warmLogin+=("$l")
  rm -rf "$dir"
done
echo "median first start (fresh data folder): $(printf '%s\n' "${cold[@]}" | median) ms to /api/v1/status, $(printf '%s\n' "${coldLogin[@]}" | median) ms to the login page"
echo "median warm start (same data folder):   $(printf '%s\n' "${warm[@]}" | median) ms to /api/v1/status, $(printf '%s\n' "${warmLogin[@]}" | median) ms to the login page"
