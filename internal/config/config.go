// Package config reads the programs' settings from the environment. The
// mains load .env into the environment first (github.com/joho/godotenv),
// so real environment variables win over the file. .env.example lists
// every variable with its default.
package config

import (
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"github.com/bilateral-kg/bilateral/graph/store"
)

// Config holds every setting of the ingest job and the API server.
type Config struct {
	Neo4j    store.Config
	LogLevel slog.Level

	// API server.
	APIAddr      string        // listen address, e.g. 127.0.0.1:8080
	APIToken     string        // enables the ingestArticle mutation when set
	CORSOrigins  []string      // allowed browser origins
	QueryTimeout time.Duration // per request, passed to Neo4j as the transaction timeout
	MaxBodyBytes int64         // request body limit
	MaxDepth     int           // query depth limit
	MaxCost      int           // query cost limit (fields, times the page sizes they multiply)
	MaxFields    int           // fields and aliases per query
	MaxTokens    int           // tokens per query, counted before parsing
	// MaxConcurrent is how many requests the API answers at once; more
	// are refused with 503 OVERLOADED.
	MaxConcurrent int
	// APIRetryTime replaces Neo4j.MaxRetryTime for the API's store, so
	// that an unreachable database is reported (DATABASE_UNAVAILABLE)
	// well within QueryTimeout.
	APIRetryTime time.Duration

	// Ingest job.
	MaxArticleBytes int64 // per-article size limit
	IngestWorkers   int   // write transactions at once
	IngestBatch     int   // most articles per write transaction
	IngestMaxOutage int   // batches in a row that may fail for an unreachable Neo4j
}

// Load reads the settings through lookup (os.LookupEnv in the mains),
// applying the defaults of .env.example. It fails on values that do not
// parse, naming the variable.
func Load(lookup func(string) (string, bool)) (Config, error) {
	get := func(k, def string) string {
		if v, ok := lookup(k); ok && strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
		return def
	}
	var errs []string
	duration := func(k, def string) time.Duration {
		d, err := time.ParseDuration(get(k, def))
		if err != nil || d < 0 {
			errs = append(errs, fmt.Sprintf("%s=%q is not a duration such as 5s", k, get(k, def)))
		}
		return d
	}
	c := Config{
		Neo4j: store.Config{
			URI:      get("NEO4J_URI", "bolt://127.0.0.1:7687"),
			User:     get("NEO4J_USER", "neo4j"),
			Password: get("NEO4J_PASSWORD", "bilateral-dev"),
			Database: get("NEO4J_DATABASE", "neo4j"),
		},
		APIAddr:  get("API_ADDR", "127.0.0.1:8080"),
		APIToken: get("API_TOKEN", ""),
	}
	c.QueryTimeout = duration("API_QUERY_TIMEOUT", "5s")
	c.Neo4j.Timeout = duration("NEO4J_TX_TIMEOUT", "60s")
	c.Neo4j.MaxRetryTime = duration("NEO4J_MAX_RETRY_TIME", "5s")
	c.APIRetryTime = duration("API_NEO4J_MAX_RETRY_TIME", "1s")
	if err := c.LogLevel.UnmarshalText([]byte(get("LOG_LEVEL", "info"))); err != nil {
		errs = append(errs, fmt.Sprintf("LOG_LEVEL=%q is not one of debug, info, warn, error", get("LOG_LEVEL", "")))
	}
	positive := func(k, def string) int64 {
		n, err := strconv.ParseInt(get(k, def), 10, 64)
		if err != nil || n <= 0 {
			errs = append(errs, fmt.Sprintf("%s=%q is not a positive whole number", k, get(k, def)))
		}
		return n
	}
	c.MaxArticleBytes = positive("INGEST_MAX_ARTICLE_BYTES", "1048576")
	c.IngestWorkers = int(positive("INGEST_WORKERS", "1"))
	c.IngestBatch = int(positive("INGEST_BATCH", "100"))
	c.IngestMaxOutage = int(positive("INGEST_MAX_OUTAGE", "3"))
	c.MaxBodyBytes = positive("API_MAX_BODY_BYTES", "1048576")
	c.MaxDepth = int(positive("API_MAX_DEPTH", "10"))
	c.MaxCost = int(positive("API_MAX_COST", "25000"))
	c.MaxFields = int(positive("API_MAX_FIELDS", "1000"))
	c.MaxTokens = int(positive("API_MAX_TOKENS", "10000"))
	c.MaxConcurrent = int(positive("API_MAX_CONCURRENT", "32"))
	for _, o := range strings.Split(get("CORS_ORIGINS", ""), ",") {
		if o = strings.TrimSpace(o); o != "" {
			c.CORSOrigins = append(c.CORSOrigins, o)
		}
	}
	if len(errs) > 0 {
		return c, fmt.Errorf("configuration: %s", strings.Join(errs, "; "))
	}
	return c, nil
}
