#!/usr/bin/env bash
# Runs Qike: builds it, starts it with the embedded PostgreSQL and the sandbox simulators,
# and opens the browser when it is ready. Data is kept under ./data between runs.
set -euo pipefail
cd "$(dirname "$0")"
PORT="${PORT:-8080}"
JAR=app/target/qike.jar

# Build only when a source, resource or pom is newer than the jar: a second ./run.sh starts at once.
stale() {
  [ ! -f "$JAR" ] && return 0
  [ -n "$(find pom.xml app/pom.xml sandbox/pom.xml app/src/main sandbox/src/main -newer "$JAR" -print -quit)" ]
}
if stale; then
  echo "Building Qike (the first build downloads the dependencies from Maven Central and takes a few minutes)..."
  mkdir -p app/target
  log=app/target/run-build.log
  # The full Maven log goes to a file; the console gets one line per module and build step (and a count of the
  # downloads of a first build), so it shows where it is instead of a silent minute. On failure the log's end.
  if ! ./mvnw -B -DskipTests -pl app -am package 2>&1 | tee "$log" | awk '
      /^\[INFO\] Downloaded from/ { n++; if (n % 25 == 1) { printf "      downloaded %d files\n", n; fflush() } next }
      /^\[INFO\] Building .*\[[0-9]+\/[0-9]+\]$/ { sub(/^\[INFO\] Building /, ""); print "  " $0; fflush(); next }
      /^\[INFO\] --- / { split($3, goal, ":"); print "      " goal[1] " " $4; fflush(); next }
      /^\[INFO\] (BUILD|Total time)/ { sub(/^\[INFO\] /, ""); print "  " $0; fflush() }'; then
    echo "The build failed; the end of $log:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
  grep -q "BUILD SUCCESS" "$log" || { tail -n 40 "$log" >&2; exit 1; }
fi
# Run from the extracted layout (plain jars on the class path): it starts faster than the nested executable
# jar. Figures for the first and the warm start are in the README.
rm -rf app/target/qike
java -Djarmode=tools -jar "$JAR" extract --destination app/target/qike >/dev/null
if command -v xdg-open >/dev/null 2>&1 && [ -z "${CI:-}" ]; then
  ( for _ in $(seq 1 120); do
      if curl -fs "http://localhost:${PORT}/api/v1/status" >/dev/null 2>&1; then xdg-open "http://localhost:${PORT}/" >/dev/null 2>&1 || true; break; fi
      sleep 1
    done ) &
fi
echo "Qike starting on http://localhost:${PORT}/ (log in as admin; the first start prints the password)"
exec java ${JAVA_OPTS:-} -jar app/target/qike/qike.jar --server.port="${PORT}" "$@"
