#!/usr/bin/env bash
# Fetches the Census Bureau's national county FIPS code list and compares it with the copy the project ships
# (formats/src/main/resources/org/bellwether/formats/fips/national_county.txt): prints the lines that differ.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
url=https://www2.census.gov/geo/docs/reference/codes/files/national_county.txt
shipped=formats/src/main/resources/org/bellwether/formats/fips/national_county.txt
tmp=$(mktemp); trap 'rm -f "$tmp"' EXIT
curl -fsSL "$url" -o "$tmp"
echo "fetched $(wc -l <"$tmp") lines, sha256 $(sha256sum "$tmp" | cut -d' ' -f1)"
echo "shipped $(wc -l <"$shipped") lines, sha256 $(sha256sum "$shipped" | cut -d' ' -f1)"
diff <(tr -d '\r' <"$shipped") <(tr -d '\r' <"$tmp") && echo "same lines"
