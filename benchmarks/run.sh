#!/bin/sh
# Builds the benchmarks (tests skipped) and runs them: cross-check first, then JMH, then the table.
# Arguments go to JMH, e.g. `benchmarks/run.sh -f 1 -wi 2 -i 3 -w 1s -r 1s` for a quick look.
# The portfolio size: SRDI_ENTERPRISES (default 30000).
set -e
cd "$(dirname "$0")/.."
mvn -B -ntp -q -pl benchmarks -am package -DskipTests \
  dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
exec java -Xmx2g -Dsrdi.enterprises="${SRDI_ENTERPRISES:-30000}" \
  -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" dev.srdi.benchmarks.Main "$@"
