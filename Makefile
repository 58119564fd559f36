# The two commands of README.md. Everything they need is fetched by the
# scripts themselves (Go modules, Neo4j from Maven Central).
.PHONY: run test neo4j-start neo4j-stop build

## run: start Neo4j, ingest seeds/, serve the API (Ctrl-C to stop the API)
run:
	scripts/run

## test: start a test Neo4j, gofmt, go vet, go test ./... (integration included)
test:
	scripts/test

build:
	go build -o bin/ ./cmd/...

neo4j-start:
	scripts/neo4j start

neo4j-stop:
	scripts/neo4j stop
