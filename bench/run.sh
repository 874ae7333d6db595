#!/usr/bin/env bash
# The step-1 benchmark: builds the app and the bench, then runs io.qike.bench.Step1Bench inside
# the app jar's class path (Spring Boot's PropertiesLauncher with bench/target/classes added), so
# the bench calls the app's own code without a second copy of its dependencies.
# Usage: bench/run.sh [--customers 100000] [--skip-import] [--keep-data] [--no-build] ...
# MAVEN_ARGS=-o makes the build offline; QIKE_BENCH_HEAP sets the bench client's own heap.
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
args=()
for a in "$@"; do
  if [[ "$a" == "--no-build" ]]; then build=0; else args+=("$a"); fi
done

if [[ $build == 1 ]]; then
  # Other builds may share the machine: take the shared Maven lock when there is one.
  if command -v flock >/dev/null; then
    flock /tmp/qike-maven.lock ./mvnw -q -DskipTests package
  else
    ./mvnw -q -DskipTests package
  fi
fi

# The app under test starts as ./run.sh starts it: from the extracted layout.
rm -rf app/target/qike
java -Djarmode=tools -jar app/target/qike.jar extract --destination app/target/qike >/dev/null

heap="${QIKE_BENCH_HEAP:-1g}"
exec java -Xms"$heap" -Xmx"$heap" -XX:+UseG1GC -Dfile.encoding=UTF-8 \
  -cp app/target/qike.jar \
  -Dloader.path=bench/target/classes \
  -Dloader.main=io.qike.bench.Step1Bench \
  org.springframework.boot.loader.launch.PropertiesLauncher "${args[@]}"
