#!/usr/bin/env bash
# Makes testdata/regenerated/voiptest-org: the shared corpus generator run again with other names,
# other cipher suites and a new CA, so tests can show that the rules are general and not fitted to
# example.com and the corpus's certificates. Needs root and the generator's Debian packages
# (kamailio kamailio-tls-modules tshark tcpdump bind9 bind9-utils openssl gcc libssl-dev
# python3-dnspython iproute2 util-linux); about 5 minutes.
#   sudo releng/regenerate-variant-corpus.sh [SHARED_CAPTURES_DIR]
# Changes against the shared generator (applied to a temporary copy, never to ../shared):
#   - every example.com name becomes voiptest.org (zone, certificates, SIP URIs, expectations);
#   - d1 (RSA key exchange) uses AES256-GCM-SHA384 (0x009d) instead of AES128-GCM-SHA256;
#   - d2 (ECDHE, key log) uses ECDHE-RSA-CHACHA20-POLY1305 (0xcca8) instead of AES256-GCM-SHA384;
#   - NEW_PKI=1: a new CA and new certificates.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
src=${1:-$root/../shared/captures}
[ -x "$src/generator/gen_all.sh" ] || [ -f "$src/generator/gen_all.sh" ] || { echo "no generator at $src/generator" >&2; exit 2; }
work=$(mktemp -d /tmp/siptrust-variant.XXXXXX)
trap 'rm -rf "$work"' EXIT
cp -r "$src/generator" "$work/gen"
(cd "$work/gen" && grep -l 'example\.com' -- * | xargs sed -i 's/example\.com/voiptest.org/g')
sed -i 's/ciphers="AES128-GCM-SHA256"/ciphers="AES256-GCM-SHA384"/g;
        s/ciphers="ECDHE-RSA-AES256-GCM-SHA384"/ciphers="ECDHE-RSA-CHACHA20-POLY1305"/g' "$work/gen/run_scenario.py"
mkdir -p "$work/out"
NEW_PKI=1 OUT="$work/out" WORK="$work/run" bash "$work/gen/gen_all.sh"

dest=$root/testdata/regenerated/voiptest-org
rm -rf "$dest"; mkdir -p "$dest/pki"
cp "$work/out/pki/ca.crt" "$dest/pki/"
for dir in "$work"/out/captures/*/; do
  n=$(basename "$dir")
  mkdir -p "$dest/captures/$n"
  cp -r "$dir/README.md" "$dir/reference" "$dest/captures/$n/"
  cp "$dir/$n".pcap* "$dest/captures/$n/"
  [ -f "$dir/$n.keys" ] && cp "$dir/$n.keys" "$dest/captures/$n/"
  [ -d "$dir/keys" ] && cp -r "$dir/keys" "$dest/captures/$n/"
done
# the signed zone and its DS record, for the DNSSEC/DANE test of scenario f
mkdir -p "$dest/captures/f_dns_naptr_srv_tlsa/generation"
cp "$work"/out/captures/f_dns_naptr_srv_tlsa/generation/{voiptest.org.ds,voiptest.org.zone.signed,scenario.json} \
   "$dest/captures/f_dns_naptr_srv_tlsa/generation/"
echo "regenerate-variant-corpus: wrote $dest"
