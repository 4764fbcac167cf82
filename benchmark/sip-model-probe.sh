#!/usr/bin/env bash
# The SIP message model alone: parse CPU per message, heap retained per message (after parsing and
# after the accessors the call index, trust and JSON report use), and a digest over every public
# accessor of every message so that two builds can be checked for identical results.
# Compiles benchmark/probe/SipModelProbe.java against a product's bundle jars, runs it in a plain JVM.
#
#   benchmark/sip-model-probe.sh [CAPTURE KEYS] [ROUNDS (default 10) | mutated] [PRODUCT_DIR]
# "mutated" instead of ROUNDS: only a digest over messages parsed from seeded random damage of each
# stream (the same damage for every build, so two builds must print the same digest).
# PROBE_DEBUG=1 also prints the live class histogram (jcmd) after parsing and after the accessors.
#
# Defaults: /tmp/siptrust-bench/sip-tls-200mb.pcap + .keys, 10 parse rounds, the product built in
# this clone (./mvnw -o -q verify -DskipTests materializes it). Example, old vs new build:
#   benchmark/sip-model-probe.sh /tmp/siptrust-bench/sip-tls-50mb.pcap /tmp/siptrust-bench/sip-tls-50mb.keys 10 /tmp/old-product
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
cap=${1:-/tmp/siptrust-bench/sip-tls-200mb.pcap}
keys=${2:-${cap%.pcap}.keys}
rounds=${3:-10}
product=${4:-$root/releng/org.siptrust.product/target/products/org.siptrust.product/linux/gtk/x86_64}
[ -d "$product/plugins" ] || { echo "sip-model-probe: no product in $product (./mvnw -o -q verify -DskipTests)" >&2; exit 2; }
cp=$(ls "$product"/plugins/*.jar | grep -E 'siptrust|bc|jackson|xbill|picocli|slf4j' | grep -v '\.ui' | tr '\n' ':')
out=$(mktemp -d /tmp/sip-model-probe.XXXXXX)
trap 'rm -rf "$out"' EXIT
javac -nowarn -d "$out" -cp "$cp" "$root/benchmark/probe/SipModelProbe.java"
java -Xms4g -Xmx6g -XX:+UseParallelGC -cp "$out:$cp" SipModelProbe "$cap" "$keys" "$rounds"
