#!/usr/bin/env bash
# Makes a variant of the shared corpus under testdata/regenerated/: the shared generator run again
# with one kind of change, so tests show that the rules are general and not fitted to the corpus's
# names, addresses, suites and certificates. Needs root and the generator's Debian packages
# (kamailio kamailio-tls-modules tshark tcpdump bind9 bind9-utils openssl gcc libssl-dev
# python3-dnspython iproute2 util-linux); about 5 minutes each.
#   sudo releng/regenerate-variant-corpus.sh voiptest-org|ipv6 [SHARED_CAPTURES_DIR]
# The changes are applied to a temporary copy of the generator, never to ../shared:
#   voiptest-org: every example.com name becomes voiptest.org (zone, certificates, SIP URIs,
#                 expectations); d1 (RSA key exchange) uses AES256-GCM-SHA384 (0x009d), d2 (ECDHE)
#                 ECDHE-RSA-CHACHA20-POLY1305 (0xcca8); a new CA (NEW_PKI=1).
#   ipv6:         every actor on IPv6 (fd00::10 alice, ::11 A, ::12 B, ::13 bob, ::53 DNS; AAAA
#                 records, kamailio listening on [fd00::1x]:5061, bob's outbound proxy the literal
#                 [fd00::12]), tshark references with [v6]:port endpoints
#                 (releng/variant-corpus/ipv6.patch); a new CA.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
variant=${1:?usage: regenerate-variant-corpus.sh voiptest-org|ipv6 [SHARED_CAPTURES_DIR]}
src=${2:-$root/../shared/captures}
[ -f "$src/generator/gen_all.sh" ] || { echo "no generator at $src/generator" >&2; exit 2; }
work=$(mktemp -d /tmp/siptrust-variant.XXXXXX)
trap 'rm -rf "$work"' EXIT
cp -r "$src/generator" "$work/gen"
zone=example.com
case "$variant" in
  voiptest-org)
    (cd "$work/gen" && grep -l 'example\.com' -- * | xargs sed -i 's/example\.com/voiptest.org/g')
    sed -i 's/ciphers="AES128-GCM-SHA256"/ciphers="AES256-GCM-SHA384"/g;
            s/ciphers="ECDHE-RSA-AES256-GCM-SHA384"/ciphers="ECDHE-RSA-CHACHA20-POLY1305"/g' "$work/gen/run_scenario.py"
    zone=voiptest.org
    ;;
  ipv6)
    (cd "$work/gen" && patch -s -p1 < "$root/releng/variant-corpus/ipv6.patch")
    ;;
  *) echo "unknown variant $variant (voiptest-org or ipv6)" >&2; exit 2 ;;
esac
mkdir -p "$work/out"
NEW_PKI=1 OUT="$work/out" WORK="$work/run" bash "$work/gen/gen_all.sh"

dest=$root/testdata/regenerated/$variant
rm -rf "$dest"; mkdir -p "$dest/pki"
cp "$work"/out/pki/*.crt "$dest/pki/"  # certificates only: the private keys stay out
for dir in "$work"/out/captures/*/; do
  n=$(basename "$dir")
  mkdir -p "$dest/captures/$n"
  cp -r "$dir/README.md" "$dir/reference" "$dest/captures/$n/"
  cp "$dir/$n".pcap* "$dest/captures/$n/"
  if [ -f "$dir/$n.keys" ]; then cp "$dir/$n.keys" "$dest/captures/$n/"; fi
  if [ -d "$dir/keys" ]; then cp -r "$dir/keys" "$dest/captures/$n/"; fi
done
# the signed zone and its DS record, for the DNSSEC/DANE test of scenario f
mkdir -p "$dest/captures/f_dns_naptr_srv_tlsa/generation"
cp "$work"/out/captures/f_dns_naptr_srv_tlsa/generation/{$zone.ds,$zone.zone.signed,scenario.json} \
   "$dest/captures/f_dns_naptr_srv_tlsa/generation/"
echo "regenerate-variant-corpus: wrote $dest"
