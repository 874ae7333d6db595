#!/usr/bin/env bash
# The WeCom benchmark: a full directory sync of the simulator's corp (10,000 members in 500 departments), change_contact
# callbacks at 200/s, and 10,000 notifications delivered as WeCom cards, in one JVM with the app, the embedded
# PostgreSQL and the in-process sandbox (io.qike.crm.wecom.WecomBenchTest, skipped unless -Dqike.bench=true).
# Usage: bench/wecom.sh [-Dqike.bench.wecom.members=10000] [-Dqike.bench.wecom.departments=500]
#        [-Dqike.bench.wecom.rate=200] [-Dqike.bench.wecom.seconds=30] [-Dqike.bench.wecom.notifications=10000]
# MAVEN_ARGS=-o makes the build offline.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp="$(date +%Y%m%d-%H%M%S)"
mkdir -p bench/results
log="bench/results/wecom-$stamp.log"
rm -f app/target/wecom-bench.txt
lock=()
# Other builds may share the machine: take the shared Maven lock when there is one.
if command -v flock >/dev/null; then lock=(flock /tmp/qike-maven.lock); fi
if ! "${lock[@]}" ./mvnw -q ${MAVEN_ARGS:-} -pl app -am test -Dqike.bench=true -Dtest=WecomBenchTest \
    -Dsurefire.failIfNoSpecifiedTests=false "$@" > "$log" 2>&1 || [ ! -f app/target/wecom-bench.txt ]; then
  tail -40 "$log"
  echo "the benchmark failed; full log: $log" >&2
  exit 1
fi
cp app/target/wecom-bench.txt "bench/results/wecom-$stamp.txt"
cat "bench/results/wecom-$stamp.txt"
echo "(table: bench/results/wecom-$stamp.txt, log: $log)"
