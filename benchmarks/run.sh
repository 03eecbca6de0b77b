#!/usr/bin/env bash
# Builds everything and runs the whole benchmark (accuracy, scale, Duke, JMH); writes benchmarks/RESULTS.md.
# Arguments go to io.venn.bench.RunAll, e.g. --quick for a smoke run, --duke-sizes none to skip Duke.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp package -DskipTests
exec java -Xmx6g -cp benchmarks/target/venn-benchmarks.jar io.venn.bench.RunAll "$@"
