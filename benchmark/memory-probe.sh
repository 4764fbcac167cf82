#!/usr/bin/env bash
# Heap retained after each pipeline stage (capture, TLS, SIP, full analysis, JSON report) for one
# capture: compiles benchmark/probe/MemoryProbe.java against the product's bundle jars and runs
# it in a plain JVM (no OSGi). A diagnosis aid for the memory work, not part of the product.
#   benchmark/memory-probe.sh CAPTURE KEYS [full] [PRODUCT_DIR (default /tmp/siptrust-bench/product)]
# "full" measures only Analyzer.analyze + the JSON report (what the CLI retains).
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
cap=$1; keys=$2; mode=${3:-stages}
product=${4:-/tmp/siptrust-bench/product}
[ -d "$product/plugins" ] || product="$root/releng/org.siptrust.product/target/products/org.siptrust.product/linux/gtk/x86_64"
cp=$(ls "$product"/plugins/*.jar | grep -E 'siptrust|bc|jackson|xbill|picocli|slf4j' | grep -v '\.ui' | tr '\n' ':')
out="$root/benchmark/target/probe-classes"
mkdir -p "$out"
javac -nowarn -d "$out" -cp "$cp" "$root/benchmark/probe/MemoryProbe.java"
exec java -Xmx6g -XX:+UseParallelGC -cp "$out:$cp" MemoryProbe "$cap" "$keys" "$mode"
