#!/usr/bin/env bash
# Benchmark of `siptrust analyze` against tshark on large generated SIP-over-TLS captures.
#
#   benchmark/run-benchmark.sh [--sizes "50 200"] [--connections 2000] [--seed 1] [--runs 3]
#                              [--dir /tmp/siptrust-bench] [--product DIR] [--retry-heap 8g|""]
#                              [--no-tshark] [--no-loader]
#
# For every size (MB) it generates, or reuses when the .meta file matches, CAPTURE.pcap and its
# NSS key log with org.siptrust.benchmark.CaptureGenerator, then times RUNS runs each of
#   ./siptrust analyze CAPTURE --keylog KEYS --format json --out /dev/null
#   tshark -r CAPTURE -o tls.keylog_file:KEYS -Y sip -T fields -e frame.number
# with /usr/bin/time -v (wall clock, CPU, max RSS), plus one more `siptrust analyze` run writing
# the JSON report to count the SIP messages it found. When the product as shipped fails (e.g. out
# of memory at its default -Xmx4g), its runs are repeated with SIPTRUST_VMARGS=-Xmx<retry-heap>.
# On the largest capture it also times
# `siptrust analyze` with NO keys (frame reading + TCP reassembly + TLS handshake parsing) and the
# plain-Java CaptureLoader.load (org.siptrust.benchmark.LoaderTiming on classes compiled from
# bundles/org.siptrust.core and bundles/org.siptrust.capture).
#
# The product: the one already built under releng/org.siptrust.product/target/products, copied once
# into DIR/product (refreshed when a newer complete build exists) and started from there with the
# product's own start script, which is what ./siptrust execs. The copy matters when others build at
# the same time: a parallel `mvnw verify` deletes and re-creates the product directory, and
# ./siptrust then starts a build of its own (even with SIPTRUST_NO_REBUILD=1, because the product
# is missing) in the middle of the benchmark. --product DIR uses another product directory as is.
# OSGi state goes to DIR/state (SIPTRUST_STATE). SIPTRUST_VMARGS is passed on to the product.
# The benchmark module is built with the wrapper's Maven binary directly: ./mvnw always passes
# "-f <root>/pom.xml" first and Maven uses the first -f, so "./mvnw -f benchmark/pom.xml" would
# build the Tycho reactor instead.
# Results: a table on stdout and in DIR/results.md; raw outputs of every run in DIR/runs/.
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
sizes="200"
connections=2000
seed=1
runs=3
dir=/tmp/siptrust-bench
tshark_on=1
loader_on=1
product=""
retry_heap=8g
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    --product) product=$2; shift 2 ;;
    --retry-heap) retry_heap=$2; shift 2 ;;
    --no-tshark) tshark_on=0; shift ;;
    --no-loader) loader_on=0; shift ;;
    -h|--help) sed -n '2,32p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run-benchmark: unknown option $1" >&2; exit 2 ;;
  esac
done

export SIPTRUST_NO_REBUILD=1
mkdir -p "$dir/runs"
log() { echo "run-benchmark: $*" >&2; }

# --- tools -------------------------------------------------------------------------------------
if [ ! -x /usr/bin/time ]; then
  log "installing GNU time (for max RSS)"
  apt-get install -y time >/dev/null
fi
if [ "$tshark_on" = 1 ] && ! command -v tshark >/dev/null; then
  echo "run-benchmark: tshark is not installed (apt-get install tshark) or use --no-tshark" >&2
  exit 2
fi
command -v jq >/dev/null || { echo "run-benchmark: jq is needed to count the messages in the JSON report" >&2; exit 2; }
built="$root/releng/org.siptrust.product/target/products/org.siptrust.product/linux/gtk/x86_64"
complete() { [ -f "$1/.siptrust-built" ] && [ -x "$1/siptrust" ] && ls "$1"/plugins/org.siptrust.cli_*.jar >/dev/null 2>&1; }
if [ -z "$product" ]; then
  product="$dir/product"
  if complete "$built" && { ! complete "$product" || [ "$built/.siptrust-built" -nt "$product/.siptrust-built" ]; }; then
    log "copying the product from $built to $product"
    rm -rf "$product.tmp"
    cp -a "$built" "$product.tmp"
    complete "$product.tmp" || { echo "run-benchmark: the product changed while it was copied; try again" >&2; exit 2; }
    rm -rf "$product"
    mv "$product.tmp" "$product"
  fi
fi
if ! complete "$product"; then
  echo "run-benchmark: no complete product at $product; build it first (see README)" >&2
  exit 2
fi
export SIPTRUST_STATE="$dir/state"
user_vmargs=${SIPTRUST_VMARGS:-}
build_id=$(basename "$(ls "$product"/plugins/org.siptrust.cli_*.jar | head -n 1)" .jar)

mvn="$root/.tools/apache-maven-3.9.11/bin/mvn"
[ -x "$mvn" ] || "$root/mvnw" --version >/dev/null   # bootstraps the pinned Maven into .tools/
log "building the benchmark module"
"$mvn" -o -q -f "$root/benchmark/pom.xml" package
cp="$root/benchmark/target/classes:$root/benchmark/target/lib/*"

# --- helpers -----------------------------------------------------------------------------------
meta() { sed -n "s/^$2=//p" "$1"; }

# timed NAME CMD...: runs CMD under /usr/bin/time -v, stdout to runs/NAME.out, stderr to runs/NAME.err;
# sets T_WALL T_CPU T_RSS_MB, and T_FAIL (empty when the command succeeded, else the exit status and
# the reason: the product reports errors such as OutOfMemoryError only in its OSGi log)
timed() {
  local name=$1; shift
  local tf="$dir/runs/$name.time"
  local mark="$dir/runs/.mark"
  touch "$mark"
  T_FAIL=""
  if ! /usr/bin/time -v -o "$tf" "$@" >"$dir/runs/$name.out" 2>"$dir/runs/$name.err"; then
    local status reason osgilog
    status=$(sed -n 's/^Command exited with non-zero status //p' "$tf")
    osgilog=$(find "$SIPTRUST_STATE/configuration" -maxdepth 1 -name '*.log' -newer "$mark" 2>/dev/null | head -n 1)
    reason=$( { [ -n "$osgilog" ] && grep -m1 -oE '(java\.lang\.[A-Za-z]*Error|Exception)[^!]*' "$osgilog"; } || tail -n 1 "$dir/runs/$name.err")
    T_FAIL="exit ${status:-?}: ${reason:-no message}"
    [ -n "$osgilog" ] && cp "$osgilog" "$dir/runs/$name.osgi.log"
    log "  FAILED ($T_FAIL); see $dir/runs/$name.err"
  fi
  T_WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; printf "%.2f", s}' "$tf")
  T_CPU=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f", u+s}' "$tf")
  T_RSS_MB=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$tf")
}

median() { tr ' ' '\n' | sort -g | awk 'NF {a[++n]=$1} END {if (n == 0) print "n/a"; else if (n%2) print a[(n+1)/2]; else printf "%.2f\n", (a[n/2]+a[n/2+1])/2}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b+0 > 0 && a+0 > 0) printf "%.2f", a/b; else print "n/a" }'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { if (s+0 > 0) printf "%.0f", n/s; else print "n/a" }'; }

# series NAME LABEL CMD...: RUNS timed runs; sets S_WALL S_CPU S_RSS (medians of the successful runs)
# and S_NOTE (how many failed, and why)
series() {
  local name=$1 label=$2; shift 2
  local w="" c="" r="" fails=0 why=""
  for i in $(seq 1 "$runs"); do
    log "$label, run $i/$runs"
    timed "$name-$i" "$@"
    if [ -n "$T_FAIL" ]; then
      fails=$((fails + 1)); why=$T_FAIL
    else
      log "  ${T_WALL}s wall, ${T_CPU}s CPU, ${T_RSS_MB} MB"
      w="$w $T_WALL"; c="$c $T_CPU"; r="$r $T_RSS_MB"
    fi
  done
  S_WALL=$(echo $w | median); S_CPU=$(echo $c | median); S_RSS=$(echo $r | median)
  S_NOTE=""
  [ "$fails" -gt 0 ] && S_NOTE=" **$fails of $runs runs failed: $why** (last run: ${T_WALL}s, ${T_RSS_MB} MB)"
  return 0
}

results="$dir/results.md"
{
  echo "# siptrust analyze vs tshark — $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1);"\
       "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "Java: $(java -version 2>&1 | head -1); $(tshark --version 2>/dev/null | head -1 || true); product build: $build_id"
  echo "Median of $runs runs; CPU = user+sys seconds; RSS = max resident set size."
  echo
  echo "| capture | tool | wall s | CPU s | MB/s | frames/s | max RSS MiB | SIP messages | SIP frames |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
} >"$results"
summary=""

# count_json FILE: sets C_MSGS C_FRAMES C_DEC from a JSON report
count_json() {
  C_MSGS=$(jq '.messages | length' "$1")
  C_FRAMES=$(jq '[.messages[].frame] | unique | length' "$1")
  C_DEC=$(jq '[.connections[] | select(.tls.decrypted)] | length' "$1")
}

largest=""
for size in $sizes; do
  cap="$dir/sip-tls-${size}mb.pcap"
  keys="$dir/sip-tls-${size}mb.keys"
  metaf="$dir/sip-tls-${size}mb.meta"
  if [ -f "$metaf" ] && [ -f "$cap" ] && [ -f "$keys" ] && [ "$(meta "$metaf" seed)" = "$seed" ] \
      && [ "$(meta "$metaf" connections)" = "$connections" ] && [ "$(meta "$metaf" sizeMb)" = "$size" ]; then
    log "reusing $cap"
  else
    log "generating $cap ($size MB, $connections connections, seed $seed)"
    java -Xmx1g -cp "$cp" org.siptrust.benchmark.CaptureGenerator --out "$cap" --keylog "$keys" \
      --connections "$connections" --size-mb "$size" --seed "$seed" >"$dir/runs/generate-$size.out"
  fi
  largest=$cap
  bytes=$(stat -L -c %s "$cap")
  mb=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b/1e6}')
  frames=$(meta "$metaf" frames)
  generated=$(meta "$metaf" sipMessages)
  log "$cap: $mb MB, $frames frames, $generated SIP messages generated"

  # ours, as shipped; if that fails (e.g. out of memory) once more with a bigger heap
  vmargs_label=""
  series "ours-$size" "siptrust analyze" "$product/siptrust" analyze "$cap" --keylog "$keys" --format json --out /dev/null
  ours_wall=$S_WALL; ours_cpu=$S_CPU; ours_rss=$S_RSS
  echo "| ${size} MB ($mb MB, $frames frames) | siptrust analyze$S_NOTE | $S_WALL | $S_CPU | $(ratio "$mb" "$S_WALL") | $(rate "$frames" "$S_WALL") | $S_RSS | | |" >>"$results"
  if [ -n "$S_NOTE" ] && [ -n "$retry_heap" ]; then
    vmargs_label=" (SIPTRUST_VMARGS=-Xmx$retry_heap)"
    export SIPTRUST_VMARGS="-Xmx$retry_heap"
    series "ours-$size-xmx$retry_heap" "siptrust analyze$vmargs_label" "$product/siptrust" analyze "$cap" --keylog "$keys" --format json --out /dev/null
    ours_wall=$S_WALL; ours_cpu=$S_CPU; ours_rss=$S_RSS
    echo "| ${size} MB | siptrust analyze$vmargs_label$S_NOTE | $S_WALL | $S_CPU | $(ratio "$mb" "$S_WALL") | $(rate "$frames" "$S_WALL") | $S_RSS | | |" >>"$results"
  fi
  log "siptrust analyze$vmargs_label, counting run (JSON to a file)"
  timed "ours-$size-count" "$product/siptrust" analyze "$cap" --keylog "$keys" --format json --out "$dir/runs/ours-$size.json"
  if [ -n "$vmargs_label" ]; then
    if [ -n "$user_vmargs" ]; then export SIPTRUST_VMARGS=$user_vmargs; else unset SIPTRUST_VMARGS; fi
  fi
  if [ -z "$T_FAIL" ]; then
    count_json "$dir/runs/ours-$size.json"
  else
    C_MSGS="failed"; C_FRAMES="failed"; C_DEC="?"
  fi
  echo "| ${size} MB | siptrust analyze$vmargs_label, JSON to a file (count run) | $T_WALL | $T_CPU | | | $T_RSS_MB | $C_MSGS | $C_FRAMES |" >>"$results"

  # tshark
  if [ "$tshark_on" = 1 ]; then
    series "tshark-$size" "tshark" tshark -r "$cap" -o "tls.keylog_file:$keys" -Y sip -T fields -e frame.number
    ts_frames=$(wc -l <"$dir/runs/tshark-$size-$runs.out")
    echo "| ${size} MB | tshark -Y sip$S_NOTE | $S_WALL | $S_CPU | $(ratio "$mb" "$S_WALL") | $(rate "$frames" "$S_WALL") | $S_RSS | | $ts_frames |" >>"$results"
    echo "| ${size} MB | **ratio tshark/ours**$vmargs_label | **$(ratio "$S_WALL" "$ours_wall")** | **$(ratio "$S_CPU" "$ours_cpu")** | | | **$(ratio "$S_RSS" "$ours_rss")** | | |" >>"$results"
    verdict="DIFFER"
    [ "$C_FRAMES" = "$ts_frames" ] && verdict="equal"
    summary="$summary
- $size MB: generated $generated SIP messages; siptrust found $C_MSGS messages in $C_FRAMES frames ($C_DEC of $connections connections decrypted); tshark found SIP in $ts_frames frames: $verdict.
- $size MB: time tshark/ours = $(ratio "$S_WALL" "$ours_wall") (wall), $(ratio "$S_CPU" "$ours_cpu") (CPU); RSS tshark/ours = $(ratio "$S_RSS" "$ours_rss")$vmargs_label."
  else
    summary="$summary
- $size MB: generated $generated SIP messages; siptrust found $C_MSGS messages in $C_FRAMES frames ($C_DEC of $connections connections decrypted)."
  fi
done

# --- frame reading alone (largest capture) ------------------------------------------------------
cap=$largest
metaf="${cap%.pcap}.meta"
bytes=$(stat -L -c %s "$cap"); mb=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b/1e6}'); frames=$(meta "$metaf" frames)
series "ours-nokeys" "siptrust analyze without keys" "$product/siptrust" analyze "$cap" --format json --out /dev/null
echo "| $(basename "$cap") | siptrust analyze, NO keys$S_NOTE | $S_WALL | $S_CPU | $(ratio "$mb" "$S_WALL") | $(rate "$frames" "$S_WALL") | $S_RSS | – | – |" >>"$results"

if [ "$loader_on" = 1 ]; then
  log "compiling org.siptrust.core + org.siptrust.capture for the plain-Java CaptureLoader timing"
  classes="$root/benchmark/target/capture-classes"
  rm -rf "$classes"; mkdir -p "$classes"
  # FrameLayers (frame details for the UI) needs pcap4j; CaptureLoader does not use it
  mapfile -t srcs < <(find "$root/bundles/org.siptrust.core/src" "$root/bundles/org.siptrust.capture/src" -name '*.java' \
                       | xargs grep -L 'import org\.pcap4j')
  javac -nowarn -encoding UTF-8 --release 17 -d "$classes" "${srcs[@]}"
  log "CaptureLoader.load in a plain JVM ($runs runs, -Xmx4g -XX:+UseParallelGC)"
  timed "loader" java -Xmx4g -XX:+UseParallelGC -cp "$root/benchmark/target/classes:$classes" \
    org.siptrust.benchmark.LoaderTiming "$cap" "$runs"
  best=$(grep '^best' "$dir/runs/loader.out")
  l_s=$(echo "$best" | awk '{print $2}')
  l_heap=$(echo "$best" | sed -n 's/.*heapHeldMB=\([0-9]*\).*/\1/p')
  echo "| $(basename "$cap") | CaptureLoader.load (plain JVM, best run, C2) | $l_s | – | $(ratio "$mb" "$l_s") | $(rate "$frames" "$l_s") | $T_RSS_MB (heap held: $l_heap) | – | – |" >>"$results"
  summary="$summary
CaptureLoader.load: $(cat "$dir/runs/loader.out" | tr '\n' ';')"
fi

{
  echo
  echo "Commands:"
  echo '- `PRODUCT/siptrust analyze CAPTURE --keylog KEYS --format json --out /dev/null` (PRODUCT: a copy of the built product; ./siptrust execs the same script)'
  echo '- `tshark -r CAPTURE -o tls.keylog_file:KEYS -Y sip -T fields -e frame.number` (lines counted)'
  echo '- `PRODUCT/siptrust analyze CAPTURE --format json --out /dev/null` (no keys)'
  echo '- `java -cp benchmark/target/classes:benchmark/target/capture-classes org.siptrust.benchmark.LoaderTiming CAPTURE RUNS`'
  echo "$summary"
} >>"$results"
echo
cat "$results"
