#!/usr/bin/env bash
# The public pool benchmark (issue 16): the daily recycle run at 1,000,000 customers in one enterprise, three rules
# (target <= 30 s for all), its idempotent second run, and claims per second from one pool by 50 concurrent users with
# the count of owners over their cap (must be 0), in one JVM with the app and the embedded PostgreSQL
# (io.qike.crm.pool.PoolBenchTest, skipped unless -Dqike.bench=true).
# Usage: bench/pool.sh [-Dqike.bench.pool.customers=1000000] [-Dqike.bench.pool.users=50] [-Dqike.bench.pool.cap=20]
# MAVEN_ARGS=-o makes the build offline.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp="$(date +%Y%m%d-%H%M%S)"
mkdir -p bench/results
log="bench/results/pool-$stamp.log"
rm -f app/target/pool-bench.txt
lock=()
# Other builds may share the machine: take the shared Maven lock when there is one.
if command -v flock >/dev/null; then lock=(flock /tmp/qike-maven.lock); fi
if ! "${lock[@]}" ./mvnw -q ${MAVEN_ARGS:-} -pl app -am test -Dqike.bench=true -Dtest=PoolBenchTest \
    -Dsurefire.failIfNoSpecifiedTests=false "$@" > "$log" 2>&1 || [ ! -f app/target/pool-bench.txt ]; then
  tail -40 "$log"
  echo "the benchmark failed; full log: $log" >&2
  exit 1
fi
cp app/target/pool-bench.txt "bench/results/pool-$stamp.txt"
cat "bench/results/pool-$stamp.txt"
echo "(table: bench/results/pool-$stamp.txt, log: $log)"
