#!/usr/bin/env bash
# Refreshes testdata/ from the team's shared corpus (default ../shared/captures beside the
# repository), after the corpus was regenerated. testdata/ is a verbatim copy of captures/, pki/,
# public/ and MANIFEST.md there (testdata/ORIGIN.md); our own additions (variants/, regenerated/)
# are left alone. Run the tests afterwards: the expected values in them come from this data.
#   releng/refresh-testdata.sh [SHARED_CAPTURES_DIR]
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
src=${1:-$root/../shared/captures}
[ -f "$src/MANIFEST.md" ] && [ -d "$src/captures" ] || { echo "refresh-testdata: no corpus at $src" >&2; exit 2; }
for part in captures pki public; do
  rm -rf "${root:?}/testdata/$part"
  cp -r "$src/$part" "$root/testdata/$part"
done
cp "$src/MANIFEST.md" "$root/testdata/MANIFEST.md"
echo "refresh-testdata: copied captures/, pki/, public/ and MANIFEST.md from $src"
git -C "$root" status --short -- testdata | head -n 20
