#!/usr/bin/env bash
# The JMH table of BENCHMARKS.md: installs the library, builds the benchmarks, runs every benchmark with the
# GC profiler (allocation per operation), writes target/jmh-result.json and prints the tables with ratios.
#
#   benchmarks/run.sh                 # the full table, about 8 minutes on 2 cores
#   benchmarks/run.sh ParseBenchmark  # any JMH benchmark filter
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
(cd "$here/.." && mvn -B -q install -DskipTests)
(cd "$here" && mvn -B -q package)
filter="${1:-ParseBenchmark|WriteBenchmark|ScaleBenchmark}"
cp="$here/target/classes:$here/target/lib/*"
java -cp "$cp" org.openjdk.jmh.Main -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc \
  -rf json -rff "$here/target/jmh-result.json" "$filter"
java -cp "$cp" io.github.autodiscover4j.bench.Report "$here/target/jmh-result.json"
