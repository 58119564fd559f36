package httpapi_test

import (
	"encoding/json"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestHTTP checks the transport: GET queries, refusing GET mutations,
// CORS, readiness and metrics.
func TestHTTP(t *testing.T) {
	h, _ := newHandler(t, testConfig())
	t.Run("GET query", func(t *testing.T) {
		rec := get(h, `/graphql?query=%7B__typename%7D`)
		if rec.Code != 200 || strings.TrimSpace(rec.Body.String()) != `{"data":{"__typename":"Query"}}` {
			t.Errorf("%d %s", rec.Code, rec.Body)
		}
	})
	t.Run("GET mutation refused", func(t *testing.T) {
		rec := get(h, `/graphql?query=mutation%7BingestArticle(text:%22x%22)%7BnodesCreated%7D%7D`)
		var res gqlResponse
		_ = json.Unmarshal(rec.Body.Bytes(), &res)
		if !slices.Contains(res.codes(), "BAD_USER_INPUT") {
			t.Errorf("%d %s", rec.Code, rec.Body)
		}
	})
	t.Run("CORS allowed origin", func(t *testing.T) {
		rec := get(h, `/graphql?query=%7B__typename%7D`, "Origin", "https://dash.example")
		if got := rec.Header().Get("Access-Control-Allow-Origin"); got != "https://dash.example" {
			t.Errorf("Access-Control-Allow-Origin %q", got)
		}
	})
	t.Run("CORS other origin", func(t *testing.T) {
		rec := get(h, `/graphql?query=%7B__typename%7D`, "Origin", "https://evil.example")
		if got := rec.Header().Get("Access-Control-Allow-Origin"); got != "" {
			t.Errorf("Access-Control-Allow-Origin %q", got)
		}
	})
	t.Run("healthz", func(t *testing.T) {
		if rec := get(h, "/healthz"); rec.Code != 200 || rec.Body.String() != "ok\n" {
			t.Errorf("%d %q", rec.Code, rec.Body)
		}
	})
	t.Run("readyz", func(t *testing.T) {
		if rec := get(h, "/readyz"); rec.Code != 200 || rec.Body.String() != "ready\n" {
			t.Errorf("%d %q", rec.Code, rec.Body)
		}
	})
	t.Run("metrics", func(t *testing.T) {
		post(t, h, `{ countries(first: 1) { totalCount } }`)
		post(t, h, `{ nope }`)
		body := get(h, "/metrics").Body.String()
		for _, want := range []*regexp.Regexp{
			regexp.MustCompile(`bilateral_api_requests_total\{path="/graphql",status="200"\} [1-9]`),
			regexp.MustCompile(`bilateral_api_request_duration_seconds_count\{path="/graphql"\} [1-9]`),
			regexp.MustCompile(`bilateral_api_neo4j_query_duration_seconds_count\{method="\w+",outcome="ok"\} [1-9]`),
			regexp.MustCompile(`bilateral_api_graphql_errors_total\{code="BAD_USER_INPUT"\} [1-9]`),
		} {
			if !want.MatchString(body) {
				t.Errorf("metrics lack %s", want)
			}
		}
	})
}

// TestPages checks the two pages and the embedded files: what each route
// answers, the headers that keep the pages to this server's own files,
// and that nothing a page loads comes from elsewhere.
func TestPages(t *testing.T) {
	h, _ := newHandler(t, testConfig())
	cases := []struct {
		name, target, accept string
		status               int
		contentType, has     string
		policy               bool
	}{
		{"dashboard", "/", "text/html", 200, "text/html; charset=utf-8", `<script type="module" src="/assets/dashboard/app.js">`, true},
		{"GraphiQL for a browser", "/graphql", "text/html,application/xhtml+xml", 200, "text/html; charset=utf-8", `<script src="/assets/graphiql/graphiql.min.js">`, true},
		{"GraphiQL's script", "/assets/graphiql/graphiql.min.js", "*/*", 200, "text/javascript; charset=utf-8", "GraphiQL", false},
		{"GraphiQL's styles", "/assets/graphiql/graphiql.min.css", "text/css", 200, "text/css; charset=utf-8", ".graphiql-container", false},
		{"React", "/assets/graphiql/react.production.min.js", "*/*", 200, "text/javascript; charset=utf-8", "React", false},
		{"ReactDOM", "/assets/graphiql/react-dom.production.min.js", "*/*", 200, "text/javascript; charset=utf-8", "react-dom", false},
		{"GraphiQL's licence", "/assets/graphiql/LICENSE-graphiql", "*/*", 200, "text/plain; charset=utf-8", "MIT License", false},
		{"dashboard script", "/assets/dashboard/app.js", "*/*", 200, "text/javascript; charset=utf-8", "import", false},
		{"dashboard styles", "/assets/dashboard/style.css", "text/css", 200, "text/css; charset=utf-8", "body", false},
		{"unknown asset", "/assets/dashboard/nope.js", "*/*", 404, "text/plain; charset=utf-8", "not found", false},
		{"asset folder", "/assets/dashboard/", "*/*", 404, "text/plain; charset=utf-8", "not found", false},
		{"outside the assets", "/assets/../static.go", "*/*", 404, "", "", false},
		{"outside the assets, escaped", "/assets/..%2fstatic.go", "*/*", 404, "text/plain; charset=utf-8", "not found", false},
		{"unknown page", "/nope", "text/html", 404, "text/plain; charset=utf-8", "not found", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := get(h, c.target, "Accept", c.accept)
			if rec.Code != c.status && !(c.status == 404 && rec.Code/100 == 3) { // the mux redirects unclean paths
				t.Fatalf("status %d, want %d", rec.Code, c.status)
			}
			if c.contentType != "" && rec.Code == c.status {
				if got := rec.Header().Get("Content-Type"); got != c.contentType {
					t.Errorf("Content-Type %q, want %q", got, c.contentType)
				}
				if !strings.Contains(rec.Body.String(), c.has) {
					t.Errorf("the answer lacks %q", c.has)
				}
			}
			if got := rec.Header().Get("Content-Security-Policy"); c.policy != (got != "") || (c.policy && !strings.Contains(got, "script-src 'self'")) {
				t.Errorf("Content-Security-Policy %q", got)
			}
			if c.policy {
				// Pages refer to no other site: every src and href is a path
				// of this server (or a data: URL).
				for _, m := range regexp.MustCompile(`(?:src|href)="([^"]*)"`).FindAllStringSubmatch(rec.Body.String(), -1) {
					if !strings.HasPrefix(m[1], "/") && !strings.HasPrefix(m[1], "#") && !strings.HasPrefix(m[1], "data:") {
						t.Errorf("the page loads %s", m[1])
					}
				}
			}
		})
	}
}

// TestAssetsRevalidate checks that an asset carries an ETag and is
// answered 304 Not Modified when the browser already has it.
func TestAssetsRevalidate(t *testing.T) {
	h, _ := newHandler(t, testConfig())
	first := get(h, "/assets/graphiql/graphiql.min.js")
	etag := first.Header().Get("ETag")
	if first.Code != 200 || etag == "" || first.Header().Get("Cache-Control") != "no-cache" {
		t.Fatalf("%d ETag %q Cache-Control %q", first.Code, etag, first.Header().Get("Cache-Control"))
	}
	if again := get(h, "/assets/graphiql/graphiql.min.js", "If-None-Match", etag); again.Code != http.StatusNotModified || again.Body.Len() != 0 {
		t.Errorf("with the ETag: %d, %d bytes, want 304 and none", again.Code, again.Body.Len())
	}
	if other := get(h, "/assets/dashboard/app.js", "If-None-Match", etag); other.Code != 200 {
		t.Errorf("another file with that ETag: %d, want 200", other.Code)
	}
}
