#!/usr/bin/env bash
# Smoke test of the materialized product: starts `siptrust demo` on the current DISPLAY (or on its
# own virtual display when DISPLAY is unset), waits for the "SIP Trust Workbench" window and for the
# demo capture's frames to be in the Frames table, saves a screenshot, stops the product.
# Prints "1 passed, 0 failed" or "0 passed, 1 failed" and exits 0 or 1.
#
# Needs: xvfb-run (Debian xvfb + xauth) when DISPLAY is unset, xwininfo (x11-utils),
# import (imagemagick). Environment: SIPTRUST_PRODUCT_DIR (default: the materialized product
# under target/), SIPTRUST_SMOKE_TIMEOUT (seconds for the window and for the frames, default 60).
set -u
here=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
product=${SIPTRUST_PRODUCT_DIR:-$here/target/products/org.siptrust.product/linux/gtk/x86_64}
shot=$here/target/screenshot-demo.png
timeout=${SIPTRUST_SMOKE_TIMEOUT:-60}
expected_rows=95 # frames of demo/b_ip_in_record_route.pcap (tshark: 95)

if [ -z "${DISPLAY:-}" ]; then
  if ! command -v xvfb-run >/dev/null; then
    echo "smoke-test: no DISPLAY and no xvfb-run (apt-get install xvfb xauth)" >&2
    echo "0 passed, 1 failed"
    exit 1
  fi
  exec xvfb-run -a -s "-screen 0 1400x900x24" bash "$here/$(basename "$0")" "$@"
fi

fail() {
  echo "smoke-test: FAILED: $*" >&2
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

work=$(mktemp -d "${TMPDIR:-/tmp}/siptrust-smoke.XXXXXX")
trap 'stop_product; rm -rf "$work"' EXIT
for tool in xwininfo import; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (Debian: x11-utils for xwininfo, imagemagick for import)"
done
[ -x "$product/siptrust" ] || fail "no product at $product (run ./mvnw verify first)"
mkdir -p "$(dirname "$shot")"
rm -f "$shot"

# a fresh state folder: no layout or editors restored from an earlier run
SIPTRUST_STATE="$work/state" SIPTRUST_READY_FILE="$work/ready" SIPTRUST_VMARGS="-Xmx1g" \
  "$product/siptrust" demo >"$work/product.log" 2>&1 &
pid=$!
start=$(date +%s)

window=
while [ $(( $(date +%s) - start )) -lt "$timeout" ]; do
  kill -0 "$pid" 2>/dev/null || fail "the product exited before its window appeared"
  window=$(xwininfo -root -tree 2>/dev/null | grep -m1 'SIP Trust Workbench' || true)
  [ -n "$window" ] && break
  sleep 0.5
done
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
echo "1 passed, 0 failed"
exit 0
