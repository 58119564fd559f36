package config_test

import (
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/bilateral-kg/bilateral/internal/config"
)

func env(m map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
}

func TestLoad(t *testing.T) {
	for _, tc := range []struct {
		name    string
		env     map[string]string
		check   func(t *testing.T, c config.Config)
		wantErr string
	}{
		{name: "defaults", env: nil, check: func(t *testing.T, c config.Config) {
			if c.Neo4j.URI != "bolt://127.0.0.1:7687" || c.Neo4j.User != "neo4j" || c.Neo4j.Database != "neo4j" {
				t.Errorf("neo4j defaults: %+v", c.Neo4j)
			}
			if c.APIAddr != "127.0.0.1:8080" || c.QueryTimeout != 5*time.Second || c.LogLevel != slog.LevelInfo || c.MaxArticleBytes != 1<<20 {
				t.Errorf("defaults: %+v", c)
			}
		}},
		{name: "environment wins", env: map[string]string{"NEO4J_URI": "bolt://127.0.0.1:7688", "LOG_LEVEL": "debug", "CORS_ORIGINS": "http://a, http://b"},
			check: func(t *testing.T, c config.Config) {
				if c.Neo4j.URI != "bolt://127.0.0.1:7688" || c.LogLevel != slog.LevelDebug || len(c.CORSOrigins) != 2 {
					t.Errorf("got %+v", c)
				}
			}},
		{name: "bad duration", env: map[string]string{"API_QUERY_TIMEOUT": "soon"}, wantErr: "API_QUERY_TIMEOUT"},
		{name: "bad level", env: map[string]string{"LOG_LEVEL": "loud"}, wantErr: "LOG_LEVEL"},
		{name: "bad size", env: map[string]string{"INGEST_MAX_ARTICLE_BYTES": "-1"}, wantErr: "INGEST_MAX_ARTICLE_BYTES"},
		{name: "bad depth", env: map[string]string{"API_MAX_DEPTH": "deep"}, wantErr: "API_MAX_DEPTH"},
		{name: "limits", env: map[string]string{"API_MAX_COST": "99", "API_MAX_BODY_BYTES": "2048"}, check: func(t *testing.T, c config.Config) {
			if c.MaxCost != 99 || c.MaxBodyBytes != 2048 || c.MaxDepth != 10 || c.MaxFields != 1000 {
				t.Errorf("limits: %+v", c)
			}
		}},
		{name: "API defaults", env: nil, check: func(t *testing.T, c config.Config) {
			if c.MaxTokens != 10000 || c.MaxConcurrent != 32 || c.APIRetryTime != time.Second || c.Neo4j.MaxRetryTime != 5*time.Second {
				t.Errorf("API defaults: tokens %d, concurrent %d, retry %v (store %v)", c.MaxTokens, c.MaxConcurrent, c.APIRetryTime, c.Neo4j.MaxRetryTime)
			}
		}},
		{name: "API settings", env: map[string]string{"API_MAX_TOKENS": "500", "API_MAX_CONCURRENT": "4", "API_NEO4J_MAX_RETRY_TIME": "250ms"},
			check: func(t *testing.T, c config.Config) {
				if c.MaxTokens != 500 || c.MaxConcurrent != 4 || c.APIRetryTime != 250*time.Millisecond {
					t.Errorf("API settings: tokens %d, concurrent %d, retry %v", c.MaxTokens, c.MaxConcurrent, c.APIRetryTime)
				}
			}},
		{name: "bad concurrency", env: map[string]string{"API_MAX_CONCURRENT": "0"}, wantErr: "API_MAX_CONCURRENT"},
		{name: "bad retry time", env: map[string]string{"API_NEO4J_MAX_RETRY_TIME": "briefly"}, wantErr: "API_NEO4J_MAX_RETRY_TIME"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := config.Load(env(tc.env))
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("got error %v, want one naming %s", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tc.check(t, c)
		})
	}
}
