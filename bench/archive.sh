#!/usr/bin/env bash
# The conversation-archive benchmark (issue 15): this machine's RSA-2048 private-key decryption rate (the physical
# limit: every archived item carries its own RSA-encrypted key), then the simulator's backlog of 20,000 messages
# ingested end to end into PostgreSQL from an empty cursor (media excluded), their ratio (target >= 70 %) and the lost
# and duplicated counts, in one JVM with the app, the embedded PostgreSQL and the in-process sandbox
# (io.qike.crm.archive.proof.ArchiveBenchTest, skipped unless -Dqike.bench=true).
# Usage: bench/archive.sh [-Dqike.bench.archive.messages=20000] [-Dqike.bench.archive.threads=<cores>]
#        [-Dqike.bench.archive.rsa-warmup=5] [-Dqike.bench.archive.rsa-seconds=10]
# MAVEN_ARGS=-o makes the build offline.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp="$(date +%Y%m%d-%H%M%S)"
mkdir -p bench/results
log="bench/results/archive-$stamp.log"
rm -f app/target/archive-bench.txt
lock=()
# Other builds may share the machine: take the shared Maven lock when there is one.
if command -v flock >/dev/null; then lock=(flock /tmp/qike-maven.lock); fi
if ! "${lock[@]}" ./mvnw -q ${MAVEN_ARGS:-} -pl app -am test -Dqike.bench=true -Dtest=ArchiveBenchTest \
    -Dsurefire.failIfNoSpecifiedTests=false "$@" > "$log" 2>&1 || [ ! -f app/target/archive-bench.txt ]; then
  tail -40 "$log"
  echo "the benchmark failed; full log: $log" >&2
  exit 1
fi
cp app/target/archive-bench.txt "bench/results/archive-$stamp.txt"
cat "bench/results/archive-$stamp.txt"
echo "(table: bench/results/archive-$stamp.txt, log: $log)"
