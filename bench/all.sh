#!/usr/bin/env bash
# bench/all.sh [SIZE...] — every part of the bench, size by size (default
# 1000 10000 100000): the ingest benchmark, then the read mix and the
# comparison with the peer on the graph it leaves. Hours at 100k.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
for size in "${@:-1000 10000 100000}"; do
	bench/ingest.sh -sizes "$size"
	bench/readmix.sh "$size"
	bench/compare.sh "$size"
done
