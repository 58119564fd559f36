# The two commands of README.md. Everything they need is fetched by the
# scripts themselves (Go modules, Neo4j from Maven Central, Debian's
# chromium for the browser test).
.PHONY: run test neo4j-start neo4j-stop build

## run: start Neo4j, ingest seeds/, serve the API and the dashboard (Ctrl-C to stop the API)
run:
	scripts/run

## test: install chromium if missing, start a test Neo4j, gofmt, go vet,
## go test ./... (integration and browser tests included)
test:
	scripts/test

build:
	go build -o bin/ ./cmd/...

neo4j-start:
	scripts/neo4j start

neo4j-stop:
	scripts/neo4j stop
