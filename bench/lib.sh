# bench/lib.sh — sourced by the bench scripts: the bench's own Neo4j
# instance (ports and folder no one else uses), the ports of the API and
# the peer, and the helpers that start them. Variables already set win.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export NEO4J_URI=${NEO4J_URI:-bolt://127.0.0.1:7694}
export NEO4J_HTTP_PORT=${NEO4J_HTTP_PORT:-7481}
export NEO4J_USER=${NEO4J_USER:-neo4j}
export NEO4J_PASSWORD=${NEO4J_PASSWORD:-bilateral-bench}
export NEO4J_DATABASE=${NEO4J_DATABASE:-neo4j}
export NEO4J_HOME_DIR=${NEO4J_HOME_DIR:-$root/.neo4j/bench}
export NEO4J_HEAP=${NEO4J_HEAP:-2g}
export NEO4J_PAGECACHE=${NEO4J_PAGECACHE:-2g}
# Every transaction-log byte stays on disk, so that the folder's size is
# what was written: no preallocated files, no pruning after checkpoints
# (the later retention setting overrides scripts/neo4j's "1 files", which
# needs strict validation off).
export NEO4J_CONF_EXTRA="server.config.strict_validation.enabled=false;db.tx_log.rotation.retention_policy=true;db.tx_log.preallocate=false${NEO4J_CONF_EXTRA:+;$NEO4J_CONF_EXTRA}"
# The API of the read mix, and the peer (@neo4j/graphql) server.
export BENCH_API_ADDR=${BENCH_API_ADDR:-127.0.0.1:8194}
export BENCH_PEER_PORT=${BENCH_PEER_PORT:-8195}
cd "$root"
mkdir -p bench/results
bench_tmp=$(mktemp -d)
bench_pids=()
trap 'for p in "${bench_pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done; rm -rf "$bench_tmp"' EXIT

# ensure_graph SIZE: the instance holds the SIZE-article bench corpus, or
# it is ingested (one ordered run, recorded in bench/results/ingest-extra.jsonl).
ensure_graph() {
	local marker
	marker=$(cat "$NEO4J_HOME_DIR/bench-corpus" 2>/dev/null || true)
	# SIZE may be a partial run's "37412-of-100000", as the marker says
	if [[ "$marker" != "$1 ordered seed 1" && "$marker" != "$1 backdated seed 1" ]]; then
		[[ "$1" == *-of-* ]] && { echo "bench: the instance holds '$marker', not $1" >&2; return 1; }
		echo "bench: the instance holds '${marker:-nothing known}'; ingesting $1 ordered articles" >&2
		go run ./bench/ingestbench -sizes "$1" -orders ordered -runs 1 -big-runs 1 -json bench/results/ingest-extra.jsonl >&2
	fi
	scripts/neo4j start >/dev/null
}

# wait_for URL: until it answers (60 s at most).
wait_for() {
	for _ in $(seq 1 60); do
		curl -sf -o /dev/null "$1" && return 0
		sleep 1
	done
	echo "bench: $1 did not answer" >&2
	return 1
}

# start_api: the project's API on $BENCH_API_ADDR, stopped on exit.
start_api() {
	go build -o "$bench_tmp/api" ./cmd/api
	API_ADDR=$BENCH_API_ADDR LOG_LEVEL=warn "$bench_tmp/api" >"$bench_tmp/api.log" 2>&1 &
	bench_pids+=($!)
	wait_for "http://$BENCH_API_ADDR/readyz"
}

# start_peer: the peer on $BENCH_PEER_PORT, stopped on exit.
start_peer() {
	[[ -d bench/peer/node_modules ]] || (cd bench/peer && npm ci --no-audit --no-fund >&2)
	PEER_PORT=$BENCH_PEER_PORT node bench/peer/server.js >"$bench_tmp/peer.log" 2>&1 &
	bench_pids+=($!)
	wait_for "http://127.0.0.1:$BENCH_PEER_PORT/graphql?query=%7B__typename%7D"
}

# header WHAT: the first lines of a results file.
header() {
	echo "# $1, $(date -u +%FT%TZ), commit $(git rev-parse --short HEAD), graph: $(cat "$NEO4J_HOME_DIR/bench-corpus" 2>/dev/null)"
	echo "# load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}
