module github.com/bilateral-kg/bilateral

go 1.26.8

require (
	github.com/graphql-go/graphql v0.8.1 // indirect
	github.com/joho/godotenv v1.5.1 // indirect
	github.com/neo4j/neo4j-go-driver/v5 v5.28.4 // indirect
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.2 // indirect
	go.yaml.in/yaml/v3 v3.0.4 // indirect
	golang.org/x/text v0.14.0 // indirect
)
