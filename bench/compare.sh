#!/usr/bin/env bash
# bench/compare.sh SIZE [compare flags] — the shared requests against the
# project's API and the peer (@neo4j/graphql, bench/peer) on the same
# Neo4j and graph of SIZE bench articles, in alternating turns: 200
# requests/s to each for 60 s, then 8 requests always in flight on each
# for 60 s (bench/compare). Output: bench/results/compare-SIZE.txt.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
size=${1:?usage: bench/compare.sh SIZE [compare flags]}
shift
ensure_graph "$size"
start_api
start_peer
go build -o "$bench_tmp/compare" ./bench/compare
{
	header "API and peer on $size articles"
	echo "\$ go run ./bench/compare -rate 200 -duration 60s -closed 8 $*"
	"$bench_tmp/compare" -rate 200 -duration 60s -closed 8 "$@"
	echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "bench/results/compare-$size.txt"
