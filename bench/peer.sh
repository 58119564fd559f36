#!/usr/bin/env bash
# bench/peer.sh — the peer alone: @neo4j/graphql 7 on graphql-yoga over the
# bench's Neo4j, at http://127.0.0.1:$BENCH_PEER_PORT/graphql (8195), until
# Ctrl-C. Installs bench/peer's locked dependencies first (npm ci).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd bench/peer
[[ -d node_modules ]] || npm ci --no-audit --no-fund
PEER_PORT=$BENCH_PEER_PORT exec node server.js
