#!/bin/sh
# srdi evaluate and srdi validate on generated JSON Lines portfolios (default 100k, 300k and 1M enterprises),
# 1 and 2 threads, each JVM with -Xmx256m: wall time and peak RSS (from /usr/bin/time -v), then the ratios of
# issue 16 (2 threads against 1, evaluate against validate, time per enterprise as N grows). The CPU seconds
# (user + system) are printed too: on a shared machine they say what the work costs when the wall time cannot.
# Commands: validate; evaluate (every line evaluated under Guilin and written whole, --all-enterprises: the issue's
# figure); own (evaluate as an analyst runs it by default: Guilin's own enterprises, a third of the generated ones,
# evaluated, every other line answered with a one-field "skipped" record).
# Environment: SRDI_SIZES (default "100000 300000 1000000"), SRDI_THREADS (default "1 2"), SRDI_COMMANDS (default
# "validate evaluate own"), SRDI_WORK (a directory for the portfolios, default a fresh one under /tmp, removed at the
# end unless SRDI_KEEP=1), SRDI_JAR (another jar), SRDI_NO_BUILD=1 (use the jar as it is), SRDI_JAVA_OPTS (more JVM
# options for every run, e.g. -XX:+UseParallelGC).
set -e
cd "$(dirname "$0")/.."
SIZES="${SRDI_SIZES:-100000 300000 1000000}"
THREADS="${SRDI_THREADS:-1 2}"
WORK="${SRDI_WORK:-$(mktemp -d /tmp/srdi-scale.XXXXXX)}"
mkdir -p "$WORK"
if [ -z "$SRDI_NO_BUILD" ]; then
  mvn -B -ntp -q -pl cli-demo -am package -DskipTests -Dinvoker.skip
fi
JAR="${SRDI_JAR:-cli-demo/target/srdi.jar}"
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "needs /usr/bin/time (GNU time) for the peak RSS" >&2; exit 1; }

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), options -Xmx256m $SRDI_JAVA_OPTS"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
RESULTS="$WORK/results.tsv"
: > "$RESULTS"
for n in $SIZES; do
  portfolio="$WORK/portfolio-$n.jsonl"
  [ -s "$portfolio" ] || java -jar "$JAR" generate --enterprises "$n" --seed 42 > "$portfolio"
  for command in ${SRDI_COMMANDS:-validate evaluate own}; do
    for t in $THREADS; do
      case "$command" in
        evaluate) args="evaluate -j guilin -s $portfolio --as-of 2025-12-31 -f json --all-enterprises --threads $t" ;;
        own) args="evaluate -j guilin -s $portfolio --as-of 2025-12-31 -f json --threads $t" ;;
        *) args="validate -s $portfolio -f json --threads $t" ;;
      esac
      load=$(cut -d' ' -f1 /proc/loadavg)
      # shellcheck disable=SC2086
      $TIME -v -o "$WORK/time.txt" java -Xmx256m $SRDI_JAVA_OPTS -jar "$JAR" $args > /dev/null 2> "$WORK/err.txt" || {
        echo "srdi $args failed:" >&2; tail -5 "$WORK/err.txt" >&2; exit 1; }
      wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$WORK/time.txt" \
        | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
      rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time.txt")
      cpu=$(sed -n 's/.*Percent of CPU this job got: //p' "$WORK/time.txt")
      user=$(sed -n 's/.*User time (seconds): //p' "$WORK/time.txt")
      sys=$(sed -n 's/.*System time (seconds): //p' "$WORK/time.txt")
      cpus=$(echo "$user $sys" | awk '{ print $1 + $2 }')
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$command" "$n" "$t" "$wall" "$rss" "$load" "$cpus" >> "$RESULTS"
      printf '%-8s %8s lines  %s thread(s)  %7.1f s wall  %7.1f s CPU (%s)  %6d MB peak RSS  load %s\n' "$command" "$n" \
        "$t" "$wall" "$cpus" "$cpu" $((rss / 1024)) "$load"
    done
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
awk -F'\t' '
  function r(a, b) { return b > 0 ? a / b : 0 }
  { wall[$1, $2, $3] = $4; cpu[$1, $2, $3] = $7; if (!($2 in seen)) { seen[$2] = 1; sizes[++ns] = $2 } if (!($3 in tseen)) { tseen[$3] = 1; threads[++nt] = $3 } }
  END {
    t1 = threads[1]; tn = threads[nt];
    printf "%-10s %14s %14s %16s %16s %18s %18s %18s %18s %15s %15s\n", "lines", "eval 1t/" tn "t", "valid 1t/" tn "t", "eval/valid 1t", "eval/valid " tn "t", "eval us/line 1t", "eval us/line " tn "t", "eval CPU us/line", "valid CPU us/line", "own/valid 1t", "own/valid " tn "t";
    for (i = 1; i <= ns; i++) {
      n = sizes[i];
      printf "%-10s %14.2f %14.2f %16.2f %16.2f %18.1f %18.1f %18.1f %18.1f %15.2f %15.2f\n", n, r(wall["evaluate", n, t1], wall["evaluate", n, tn]),
        r(wall["validate", n, t1], wall["validate", n, tn]), r(wall["evaluate", n, t1], wall["validate", n, t1]),
        r(wall["evaluate", n, tn], wall["validate", n, tn]), 1e6 * wall["evaluate", n, t1] / n, 1e6 * wall["evaluate", n, tn] / n,
        1e6 * cpu["evaluate", n, t1] / n, 1e6 * cpu["validate", n, t1] / n,
        r(wall["own", n, t1], wall["validate", n, t1]), r(wall["own", n, tn], wall["validate", n, tn]);
    }
  }' "$RESULTS"
if [ -z "$SRDI_KEEP" ] && [ -z "$SRDI_WORK" ]; then
  rm -rf "$WORK"
fi
