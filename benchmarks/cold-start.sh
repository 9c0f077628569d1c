#!/usr/bin/env bash
# Cold start: times fresh JVMs that read one sample and exit -- the library, the raw scans with the JDK's StAX
# and with Woodstox, Jackson XML (on Woodstox, its default) -- interleaved run by run so that a change in
# machine load hits all four alike. Reports the median wall time of each and the median of the per-run ratios.
#
#   benchmarks/cold-start.sh [RUNS] [SAMPLE] [-- extra JVM options for the library run, e.g. -XX:SharedArchiveFile=...]
#
# Needs the benchmark build: (cd benchmarks && mvn -B -q package). Defaults: 15 runs, the ISP sample.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
runs="${1:-15}"
sample="${2:-$here/../src/test/resources/samples/isp-imap-smtp-smtplast-on.xml}"
shift $(( $# > 2 ? 2 : $# ))
[ "${1:-}" = "--" ] && shift
extra=("$@")
# jars only (no class directory), so that an AppCDS archive can be used for the library run
cp="$here/target/autodiscover4j-benchmarks-0.1.0-SNAPSHOT.jar:$here/target/lib/*"
java="${JAVA:-java}"
[ -d "$here/target/lib" ] || { echo "build first: (cd benchmarks && mvn -B -q package)" >&2; exit 2; }

now() { date +%s%N; }
time_ms() { # prints wall milliseconds of one JVM
  local start end
  start=$(now)
  "$java" "$@" >/dev/null
  end=$(now)
  echo $(( (end - start) / 1000000 ))
}

out="$(mktemp)"
# one untimed round first: the OS file cache, not the JVM, would otherwise dominate run 1
"$java" -cp "$cp" io.github.autodiscover4j.bench.cold.Library "$sample" >/dev/null
"$java" -cp "$cp" io.github.autodiscover4j.bench.cold.Stax "$sample" >/dev/null
"$java" -cp "$cp" io.github.autodiscover4j.bench.cold.WoodstoxScan "$sample" >/dev/null
"$java" -cp "$cp" io.github.autodiscover4j.bench.cold.Jackson "$sample" >/dev/null
echo "load average before (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
for ((i = 1; i <= runs; i++)); do
  l=$(time_ms "${extra[@]}" -cp "$cp" io.github.autodiscover4j.bench.cold.Library "$sample")
  s=$(time_ms -cp "$cp" io.github.autodiscover4j.bench.cold.Stax "$sample")
  w=$(time_ms -cp "$cp" io.github.autodiscover4j.bench.cold.WoodstoxScan "$sample")
  j=$(time_ms -cp "$cp" io.github.autodiscover4j.bench.cold.Jackson "$sample")
  echo "$l $s $w $j" >> "$out"
  printf 'run %2d: library %4d ms  raw JDK StAX %4d ms  raw Woodstox %4d ms  Jackson %4d ms\n' "$i" "$l" "$s" "$w" "$j"
done
echo "load average after (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
median() { sort -g | awk '{v[NR]=$1} END {if (NR%2) print v[(NR+1)/2]; else printf "%.3f\n", (v[NR/2]+v[NR/2+1])/2}'; }
ml=$(awk '{print $1}' "$out" | median)
ms=$(awk '{print $2}' "$out" | median)
mw=$(awk '{print $3}' "$out" | median)
mj=$(awk '{print $4}' "$out" | median)
rs=$(awk '{printf "%.4f\n", $1/$2}' "$out" | median)
rw=$(awk '{printf "%.4f\n", $1/$3}' "$out" | median)
rj=$(awk '{printf "%.4f\n", $1/$4}' "$out" | median)
rm -f "$out"
echo
echo "sample: $(basename "$sample"), runs: $runs, $("$java" -version 2>&1 | head -1)"
printf '| fresh JVM | median wall ms |\n|---|---:|\n| library | %s |\n| raw JDK StAX scan | %s |\n| raw Woodstox scan | %s |\n| Jackson XML (Woodstox) | %s |\n' \
  "$ml" "$ms" "$mw" "$mj"
printf '\nmedian of ratios: library / raw Woodstox scan = %.2f (target <= 2.0), library / raw JDK StAX = %.2f,' "$rw" "$rs"
printf ' library / Jackson (Woodstox) = %.2f (target <= 1.0)\n' "$rj"
