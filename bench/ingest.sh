#!/usr/bin/env bash
# bench/ingest.sh [ingestbench flags, e.g. -sizes 100000 -max-time 4h] — the ingest benchmark on the bench's
# own Neo4j (bench/lib.sh): 1k, 10k and 100k articles, ordered and
# back-dated, 3 runs each (1 at 100k), into an emptied database each time.
# Runs are appended to bench/results/ingest.jsonl; the tables go to stdout.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
mkdir -p bench/results
exec go run ./bench/ingestbench -json bench/results/ingest.jsonl "$@"
