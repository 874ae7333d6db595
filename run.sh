#!/usr/bin/env bash
# Runs Qike: builds it, starts it with the embedded PostgreSQL and the sandbox simulators,
# and opens the browser when it is ready. Data is kept under ./data between runs.
set -euo pipefail
cd "$(dirname "$0")"
PORT="${PORT:-8080}"
./mvnw -q -B -DskipTests -pl app -am package
# Run from the extracted layout (plain jars on the class path): it starts about 20 % faster than
# the nested executable jar (10.5 s against 12.7-14.4 s to the first answer on the 2-core machine).
rm -rf app/target/qike
java -Djarmode=tools -jar app/target/qike.jar extract --destination app/target/qike >/dev/null
if command -v xdg-open >/dev/null 2>&1 && [ -z "${CI:-}" ]; then
  ( for _ in $(seq 1 120); do
      if curl -fs "http://localhost:${PORT}/api/v1/status" >/dev/null 2>&1; then xdg-open "http://localhost:${PORT}/" >/dev/null 2>&1 || true; break; fi
      sleep 1
    done ) &
fi
echo "Qike starting on http://localhost:${PORT}/ (log in as admin; the first start prints the password)"
exec java ${JAVA_OPTS:-} -jar app/target/qike/qike.jar --server.port="${PORT}" "$@"
