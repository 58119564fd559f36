#!/usr/bin/env bash
# bench/readmix.sh SIZE — the project's read mix (cmd/loadgen: country,
# relation, events page, search at 200 requests/s, API and direct Cypher
# in alternating turns) against the API on a graph of SIZE bench articles,
# then the database hits of every bench request (bench/dbhits).
# The graph is the one bench/ingest.sh left when it holds SIZE articles;
# otherwise SIZE ordered articles are ingested first (one more ingest run,
# recorded in bench/results/ingest-readmix.jsonl).
# Output: bench/results/readmix-SIZE.txt; db hits appended to
# bench/results/dbhits.jsonl.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
size=${1:?usage: bench/readmix.sh SIZE [loadgen flags]}
shift
out=bench/results/readmix-$size.txt
mkdir -p bench/results
marker=$(cat "$NEO4J_HOME_DIR/bench-corpus" 2>/dev/null || true)
if [[ "$marker" != "$size ordered seed 1" && "$marker" != "$size backdated seed 1" ]]; then
	echo "readmix: the instance holds '${marker:-nothing known}'; ingesting $size ordered articles" >&2
	go run ./bench/ingestbench -sizes "$size" -orders ordered -runs 1 -big-runs 1 -json bench/results/ingest-readmix.jsonl >&2
fi
scripts/neo4j start >/dev/null
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
go build -o "$bin/api" ./cmd/api
go build -o "$bin/loadgen" ./cmd/loadgen
API_ADDR=$BENCH_API_ADDR LOG_LEVEL=warn "$bin/api" >"$bin/api.log" 2>&1 &
api=$!
trap 'kill $api 2>/dev/null; wait $api 2>/dev/null; rm -rf "$bin"' EXIT
for _ in $(seq 1 60); do
	curl -sf "http://$BENCH_API_ADDR/readyz" >/dev/null && break
	sleep 1
done
{
	echo "# readmix: $size articles ($(cat "$NEO4J_HOME_DIR/bench-corpus")), $(date -u +%FT%TZ), commit $(git rev-parse --short HEAD)"
	echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "\$ go run ./cmd/loadgen -url http://$BENCH_API_ADDR/graphql -rate 200 -duration 60s $*"
	"$bin/loadgen" -url "http://$BENCH_API_ADDR/graphql" -rate 200 -duration 60s "$@"
	echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
	echo
	echo "\$ go run ./bench/dbhits -size $size -v"
	go run ./bench/dbhits -size "$size" -v -json bench/results/dbhits.jsonl
} | tee "$out"
