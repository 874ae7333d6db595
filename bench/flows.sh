#!/usr/bin/env bash
# The action-flow benchmark: engine overhead over the raw HTTP call and invocations/s under a
# connection's concurrency limit, in one JVM with the app, the embedded PostgreSQL and the
# in-process sandbox (io.qike.crm.integration.ActionFlowBenchTest, skipped unless -Dqike.bench=true).
# Usage: bench/flows.sh [-Dqike.bench.samples=5000] [-Dqike.bench.seconds=15] [-Dqike.bench.concurrency=8] ...
# MAVEN_ARGS=-o makes the build offline.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp="$(date +%Y%m%d-%H%M%S)"
mkdir -p bench/results
log="bench/results/flows-$stamp.log"
rm -f app/target/flow-bench.txt
lock=()
# Other builds may share the machine: take the shared Maven lock when there is one.
if command -v flock >/dev/null; then lock=(flock /tmp/qike-maven.lock); fi
if ! "${lock[@]}" ./mvnw -q ${MAVEN_ARGS:-} -pl app -am test -Dqike.bench=true -Dtest=ActionFlowBenchTest \
    -Dsurefire.failIfNoSpecifiedTests=false "$@" > "$log" 2>&1 || [ ! -f app/target/flow-bench.txt ]; then
  tail -40 "$log"
  echo "the benchmark failed; full log: $log" >&2
  exit 1
fi
cp app/target/flow-bench.txt "bench/results/flows-$stamp.txt"
cat "bench/results/flows-$stamp.txt"
echo "(table: bench/results/flows-$stamp.txt, log: $log)"
