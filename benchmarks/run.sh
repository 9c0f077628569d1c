#!/usr/bin/env bash
# The JMH table of BENCHMARKS.md: installs the library, builds the benchmarks, runs every benchmark with the
# GC profiler (allocation per operation), writes target/jmh-result.json and prints the tables with ratios
# (against Jackson XML on Woodstox, Jackson on the JDK's StAX and the raw-scan floors). Prints the load
# average before and after the run: a loaded machine's figures are not results.
#
#   benchmarks/run.sh                 # the full table, about 17 minutes on 2 cores
#
# One fork per benchmark, three for the library's and Jackson's parse (the ratio the targets ask for):
# the forks are the benchmarks' own @Fork annotations, so that no -f here overrides them.
#   benchmarks/run.sh ParseBenchmark  # any JMH benchmark filter
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
(cd "$here/.." && mvn -B -q install -DskipTests)
(cd "$here" && mvn -B -q package)
filter="${1:-ParseBenchmark|WriteBenchmark|ScaleBenchmark|UnknownBenchmark}"
cp="$here/target/classes:$here/target/lib/*"
loadavg() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown; }
echo "load average before the run (1, 5, 15 min): $(loadavg)"
java -cp "$cp" org.openjdk.jmh.Main -wi 3 -w 1s -i 5 -r 1s -prof gc \
  -rf json -rff "$here/target/jmh-result.json" "$filter"
echo "load average after the run (1, 5, 15 min): $(loadavg)"
java -cp "$cp" io.github.autodiscover4j.bench.Report "$here/target/jmh-result.json"
