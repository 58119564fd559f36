#!/usr/bin/env bash
# bench/neo4j.sh start|stop|status|logs — scripts/neo4j on the bench's own
# instance (bench/lib.sh: bolt 7694, http 7481, data in .neo4j/bench).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
scripts/neo4j "$@"
