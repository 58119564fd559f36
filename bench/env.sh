# bench/env.sh — sourced by the bench scripts: the bench's own Neo4j
# instance (ports and folder no one else uses) and the API port of the
# read mix. Variables already set win.
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
