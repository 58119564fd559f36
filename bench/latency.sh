#!/usr/bin/env bash
# bench/latency.sh SIZE [RATE] — the latency of the read mix's requests
# (cmd/loadgen, API only) on the dev-set graph against the SIZE-article
# bench graph, for issue 10's "within 2x of the dev-graph p50". Two APIs
# run side by side: one on a throwaway instance holding the articles the
# bench copies (extract/testdata/dev, extract/testdata/real/dev, seeds;
# bolt 7697, http 7484, data in .neo4j/bench-dev, wiped first; the same
# heap and page cache as the bench instance), one on the
# bench instance; loadgen drives each in turn, three runs of 20 s each at
# RATE requests/s (default 50), alternating, so that both see the same
# machine. Output: bench/results/latency-SIZE.txt.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
size=${1:?usage: bench/latency.sh SIZE [RATE]}
rate=${2:-50}
ensure_graph "$size"
start_api

# the dev-set graph, on its own instance and API
dev_env=(NEO4J_URI=bolt://127.0.0.1:7697 NEO4J_HTTP_PORT=7484 NEO4J_HOME_DIR="$root/.neo4j/bench-dev"
	NEO4J_HEAP="$NEO4J_HEAP" NEO4J_PAGECACHE="$NEO4J_PAGECACHE" NEO4J_CONF_EXTRA=)
dev_api=127.0.0.1:8196
env "${dev_env[@]}" scripts/neo4j stop >/dev/null 2>&1 || true
rm -rf "$root/.neo4j/bench-dev/data"
env "${dev_env[@]}" scripts/neo4j start >/dev/null
trap 'env "${dev_env[@]}" scripts/neo4j stop >/dev/null 2>&1; for p in "${bench_pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done; rm -rf "$bench_tmp"' EXIT
go build -o "$bench_tmp/ingest" ./cmd/ingest
env "${dev_env[@]}" "$bench_tmp/ingest" extract/testdata/dev extract/testdata/real/dev seeds >/dev/null
env "${dev_env[@]}" API_ADDR=$dev_api LOG_LEVEL=warn "$bench_tmp/api" >"$bench_tmp/api-dev.log" 2>&1 &
bench_pids+=($!)
wait_for "http://$dev_api/readyz"
go build -o "$bench_tmp/loadgen" ./cmd/loadgen

{
	header "latency of the read mix, API only, $rate req/s: dev-set graph (throwaway instance) vs $size graph (bench instance)"
	for run in 1 2 3; do
		for side in dev big; do
			url=http://$BENCH_API_ADDR/graphql
			[[ $side == dev ]] && url=http://$dev_api/graphql
			echo "== $side, run $run, $rate req/s, 20 s"
			"$bench_tmp/loadgen" -url "$url" -rate "$rate" -duration 20s -direct=false 2>&1 | grep '^  api'
		done
	done
	echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "bench/results/latency-$size.txt"
