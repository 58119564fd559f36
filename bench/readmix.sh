#!/usr/bin/env bash
# bench/readmix.sh SIZE [loadgen flags] — the project's read mix
# (cmd/loadgen: country, relation, events page, search at 200 requests/s,
# API and direct Cypher in alternating turns, 60 s each) against the API on
# a graph of SIZE bench articles, after the database hits of every bench
# request (bench/dbhits). The graph is the one bench/ingest.sh left if it
# holds SIZE articles, else it is ingested first.
# Output: bench/results/readmix-SIZE.txt; db hits appended to
# bench/results/dbhits.jsonl.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
size=${1:?usage: bench/readmix.sh SIZE [loadgen flags]}
shift
ensure_graph "$size"
start_api
go build -o "$bench_tmp/loadgen" ./cmd/loadgen
{
	header "read mix on $size articles"
	# The database hits first: they also warm Neo4j's query plans and page
	# cache for every request, which loadgen's warm-up needs on a large graph
	# (it stops when a warm-up request fails, e.g. takes over 5 s).
	echo "\$ go run ./bench/dbhits -size ${size%%-of-*} -v"
	go run ./bench/dbhits -size "${size%%-of-*}" -v -json bench/results/dbhits.jsonl
	echo
	echo "\$ go run ./cmd/loadgen -url http://$BENCH_API_ADDR/graphql -rate 200 -duration 60s $*"
	for attempt in 1 2 3; do
		"$bench_tmp/loadgen" -url "http://$BENCH_API_ADDR/graphql" -rate 200 -duration 60s "$@" 2>&1 && break
		echo "# loadgen stopped (attempt $attempt of 3)"
	done
	echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "bench/results/readmix-$size.txt"
