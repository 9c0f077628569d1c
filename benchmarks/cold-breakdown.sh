#!/usr/bin/env bash
# Where a cold first parse spends its time: runs the cold-start library JVM (cold.Library: read one file through
# the front door, print a line, exit) RUNS times with the JVM's class-loading log, whose uptime stamps mark the
# phases, and prints the median time at which each phase began and how many classes had been loaded by then.
#
#   benchmarks/cold-breakdown.sh [RUNS] [SAMPLE] [-- extra JVM options, e.g. -XX:SharedArchiveFile=...]
#
# Phases (a marker class that a run does not load is reported as "-"):
#   JVM start -> main              the JVM boots and loads the benchmark's main class
#   front door                     io.github.autodiscover4j.Autodiscover is loaded: options, decoding, StAX set-up
#   binder tables                  internal.Binder is loaded: the model's tables are built from its annotations
#   first read                     the tables are built; the binder reads the document
#   JAXB context                   Codec's JAXBContext holder is loaded (a read no longer needs it; writing does)
#   last class loaded              the read is done and the result printed (about the exit)
# Needs the benchmark build: (cd benchmarks && mvn -B -q package). Defaults: 5 runs, the ISP sample.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
runs="${1:-5}"
sample="${2:-$here/../src/test/resources/samples/isp-imap-smtp-smtplast-on.xml}"
shift $(( $# > 2 ? 2 : $# ))
[ "${1:-}" = "--" ] && shift
extra=("$@")
cp="$here/target/autodiscover4j-benchmarks-0.1.0-SNAPSHOT.jar:$here/target/lib/*"
java="${JAVA:-java}"
[ -d "$here/target/lib" ] || { echo "build first: (cd benchmarks && mvn -B -q package)" >&2; exit 2; }

log="$(mktemp)"
rows="$(mktemp)"
trap 'rm -f "$log" "$rows"' EXIT
"$java" "${extra[@]}" -cp "$cp" io.github.autodiscover4j.bench.cold.Library "$sample" >/dev/null # file cache
for ((i = 1; i <= runs; i++)); do
  start=$(date +%s%N)
  "$java" "${extra[@]}" "-Xlog:class+load:file=$log:uptimemillis" -cp "$cp" \
    io.github.autodiscover4j.bench.cold.Library "$sample" >/dev/null
  end=$(date +%s%N)
  # one row per run: wall ms, then "ms:classes" at each marker ("-" when the run did not load it)
  awk -v wall=$(( (end - start) / 1000000 )) '
    function mark(i) { if (!(i in at)) { at[i] = substr($1, 2, length($1) - 3) + 0; n[i] = NR } }
    / io\.github\.autodiscover4j\.bench\.cold\./ { mark(1) }
    / io\.github\.autodiscover4j\.Autodiscover / { mark(2) }
    / io\.github\.autodiscover4j\.internal\.Binder / { mark(3) }
    / io\.github\.autodiscover4j\.internal\.Binder\$Run / { mark(4) }
    / io\.github\.autodiscover4j\.internal\.Codec\$Context / { mark(5) }
    { last = substr($1, 2, length($1) - 3) + 0; lines = NR }
    END {
      printf "%d", wall
      for (i = 1; i <= 5; i++) printf " %s", (i in at) ? at[i] ":" n[i] : "-"
      printf " %d:%d\n", last, lines
    }' "$log" >> "$rows"
done

median() { sort -g | awk '{v[NR]=$1} END {if (NR == 0) print "-"; else if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
column() { # median ms and classes of one marker column
  local k=$1 ms classes
  if awk -v k="$k" '$k == "-" {found=1} END {exit !found}' "$rows"; then echo "- -"; return; fi
  ms=$(awk -v k="$k" '{split($k, p, ":"); print p[1]}' "$rows" | median)
  classes=$(awk -v k="$k" '{split($k, p, ":"); print p[2]}' "$rows" | median)
  echo "$ms $classes"
}
echo "sample: $(basename "$sample"), runs: $runs, $("$java" -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| phase begins | median ms since JVM start | classes loaded by then |"
echo "|---|---:|---:|"
names=("JVM start -> main" "front door" "binder tables" "first read" "JAXB context" "last class loaded")
for k in 2 3 4 5 6 7; do
  read -r ms classes <<<"$(column "$k")"
  echo "| ${names[$((k - 2))]} | $ms | $classes |"
done
echo
echo "median wall time of the whole JVM (launch to exit, with the log on): $(awk '{print $1}' "$rows" | median) ms"
