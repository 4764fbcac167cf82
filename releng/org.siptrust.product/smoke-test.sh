#!/usr/bin/env bash
# Smoke test of the materialized product: starts `siptrust demo` on a virtual display of its own,
# waits for the "SIP Trust Workbench" window and for the demo capture's frames to be in the Frames
# table, saves a screenshot, stops the product.
# Prints "1 passed, 0 failed" or "0 passed, 1 failed" and exits 0 or 1.
#
# Needs: xvfb-run (Debian xvfb + xauth), xwininfo (x11-utils), import (imagemagick).
# Environment: SIPTRUST_PRODUCT_DIR (default: the materialized product under target/),
# SIPTRUST_SMOKE_TIMEOUT (seconds for the window and for the frames, default 60),
# SIPTRUST_SMOKE_USE_DISPLAY=1 to use the caller's DISPLAY instead of a private one,
# SIPTRUST_SMOKE_KEEP=1 to keep the product's state and logs (target/smoke-test.*).
set -u
here=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
product=${SIPTRUST_PRODUCT_DIR:-$here/target/products/org.siptrust.product/linux/gtk/x86_64}
shot=$here/target/screenshot-demo.png
timeout=${SIPTRUST_SMOKE_TIMEOUT:-60}
expected_rows=95 # frames of demo/b_ip_in_record_route.pcap (tshark: 95)
# window titles are UTF-8 ("capture — SIP Trust Workbench"); xwininfo garbles them in the C locale
export LC_ALL=C.UTF-8

# A display of its own: the build's display has served a dozen test JVMs by now, and a product that
# cannot open its display fails before it logs anything useful.
if [ -z "${SIPTRUST_SMOKE_INNER:-}" ] && { [ -z "${SIPTRUST_SMOKE_USE_DISPLAY:-}" ] || [ -z "${DISPLAY:-}" ]; }; then
  if ! command -v xvfb-run >/dev/null; then
    echo "smoke-test: xvfb-run is not installed (apt-get install xvfb xauth)" >&2
    echo "0 passed, 1 failed"
    exit 1
  fi
  export SIPTRUST_SMOKE_INNER=1
  exec xvfb-run -a -s "-screen 0 1400x900x24" bash "$here/$(basename "$0")" "$@"
fi

show_logs() {
  if [ -s "$work/product.log" ]; then
    echo "--- last lines of the product's output ---" >&2
    tail -n 40 "$work/product.log" >&2
  fi
  # the launcher's "An error has occurred" names a log; show it, or CI output cannot be diagnosed
  for log in "$work"/state/workspace/.metadata/.log "$work"/state/configuration/*.log; do
    [ -s "$log" ] || continue
    echo "--- $log ---" >&2
    head -n 80 "$log" >&2
  done
}

fail() {
  echo "smoke-test: FAILED: $*" >&2
  show_logs
  stop_product
  echo "0 passed, 1 failed"
  exit 1
}

stop_product() {
  if [ -n "${pid:-}" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  fi
  pid=
}

# The product's state (its OSGi configuration area, where SWT's native libraries are unpacked and
# loaded from) goes under target/, not /tmp: a /tmp mounted noexec stops the workbench before its
# window, while target/ is where the UI tests' own configuration areas already work.
mkdir -p "$here/target"
work=$(mktemp -d "$here/target/smoke-test.XXXXXX")
trap 'stop_product; [ -n "${SIPTRUST_SMOKE_KEEP:-}" ] || rm -rf "$work"' EXIT
for tool in xwininfo import; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (Debian: x11-utils for xwininfo, imagemagick for import)"
done
[ -x "$product/siptrust" ] || fail "no product at $product (run ./mvnw verify first)"
mkdir -p "$(dirname "$shot")"
rm -f "$shot"

xwininfo -root >/dev/null 2>&1 || fail "the X display ${DISPLAY:-} does not answer"

# Starts the product on a fresh state folder (no layout or editors restored from an earlier run) and
# waits for its window. Returns 1 when the product exits first.
launch() {
  rm -rf "$work/state" "$work/ready"
  SIPTRUST_STATE="$work/state" SIPTRUST_READY_FILE="$work/ready" SIPTRUST_VMARGS="-Xmx1g" \
    "$product/siptrust" demo >"$work/product.log" 2>&1 &
  pid=$!
  start=$(date +%s)
  window=
  while [ $(( $(date +%s) - start )) -lt "$timeout" ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      wait "$pid"; echo "smoke-test: the product exited with $? before its window appeared" >&2
      pid=
      return 1
    fi
    window=$(xwininfo -root -tree 2>/dev/null | grep -m1 'SIP Trust Workbench' || true)
    [ -n "$window" ] && return 0
    sleep 0.5
  done
  return 0
}

if ! launch; then
  # Once more, after showing why: a start that fails once and then works is reported, not hidden.
  show_logs
  echo "smoke-test: starting the product a second time" >&2
  launch || fail "the product exited before its window appeared, twice"
fi
[ -n "$window" ] || fail "no window titled 'SIP Trust Workbench' after ${timeout}s"
echo "smoke-test: window after $(( $(date +%s) - start ))s: $(echo "$window" | sed 's/^ *//')"

# the workbench writes one line to SIPTRUST_READY_FILE when the demo capture's analysis has finished
shown=$(date +%s)
while [ ! -s "$work/ready" ] && [ $(( $(date +%s) - shown )) -lt "$timeout" ]; do
  kill -0 "$pid" 2>/dev/null || fail "the product exited while analysing the demo capture"
  sleep 0.5
done
[ -s "$work/ready" ] || fail "the demo capture was not analysed within ${timeout}s"
ready=$(cat "$work/ready")
echo "smoke-test: $ready"
case "$ready" in
  "updated b_ip_in_record_route.pcap rows=$expected_rows "*) ;;
  *) fail "expected the Frames table to show the $expected_rows frames of the demo capture" ;;
esac
title=$(xwininfo -root -tree 2>/dev/null | grep -m1 'SIP Trust Workbench' || true)
case "$title" in
  *b_ip_in_record_route.pcap*) ;;
  *) fail "the window title does not name the demo capture: $title" ;;
esac

sleep 2 # let the table paint
import -window root "$shot" 2>"$work/import.log" || fail "screenshot failed: $(cat "$work/import.log")"
[ -s "$shot" ] || fail "empty screenshot"
echo "smoke-test: screenshot $shot"
# errors in the workbench's log (severity 4) or uncaught exceptions on the console
errors=$(grep -h -A3 -E '^!ENTRY [^ ]+ 4 ' "$work/state/workspace/.metadata/.log" 2>/dev/null | head -n 20)
[ -z "$errors" ] || fail "the workbench logged errors: $errors"
! grep -q -E 'Exception in thread|SWTException' "$work/product.log" || fail "the product printed exceptions"
stop_product

# Without a display the workbench says so in one line and exits 3, instead of the launcher's
# "An error has occurred. See the log file".
rm -rf "$work/state-nodisplay"
SIPTRUST_STATE="$work/state-nodisplay" DISPLAY=:65000 SIPTRUST_VMARGS="-Xmx256m" timeout 60 "$product/siptrust" gui \
  >"$work/nodisplay.log" 2>&1
rc=$?
[ "$rc" = 3 ] && grep -q "cannot open the workbench window: the display ':65000' cannot be opened" "$work/nodisplay.log" \
  || fail "without a display: expected exit 3 and a one-line reason, got exit $rc: $(head -c 600 "$work/nodisplay.log")"
echo "smoke-test: without a display: exit 3, $(grep -m1 'cannot open' "$work/nodisplay.log" | cut -c1-100)..."
# The headless command through the same start script: stdout is the report and nothing else (a
# JVM warning printed there once broke every JSON consumer), stderr has the progress.
SIPTRUST_STATE="$work/state-analyze" timeout 120 "$product/siptrust" analyze "$product/demo/b_ip_in_record_route.pcap" \
  --keylog "$product/demo/b_ip_in_record_route.keys" --trust-anchor "$product/demo/corpus-ca.crt" --format json \
  >"$work/report.json" 2>"$work/analyze.err"
rc=$?
[ "$rc" = 0 ] || [ "$rc" = 1 ] || fail "siptrust analyze on the demo capture exited $rc: $(tail -n 3 "$work/analyze.err")"
[ "$(head -c 1 "$work/report.json")" = "{" ] && [ "$(tr -d ' \n' < "$work/report.json" | tail -c 1)" = "}" ] \
  || fail "siptrust analyze wrote something besides the JSON report on stdout: $(head -c 200 "$work/report.json")"
grep -q '"frames" : 95,' "$work/report.json" || fail "the demo report does not say 95 frames"
echo "smoke-test: siptrust analyze: a JSON report of $(wc -c < "$work/report.json") bytes on stdout, exit $rc"
echo "1 passed, 0 failed"
exit 0
