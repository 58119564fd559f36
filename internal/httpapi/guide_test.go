package httpapi_test

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/bilateral-kg/bilateral/docs"
	"github.com/bilateral-kg/bilateral/internal/kit"
)

// browserOrigin is where Neo4j Browser runs when Neo4j serves it.
const browserOrigin = "http://127.0.0.1:7474"

// TestGuide checks what Neo4j Browser's :play and :style get: the guides
// and the style with the CORS headers Browser needs (its fetch of a guide
// sends Cache-Control and Pragma, so a preflight comes first), and links
// to the host the guide was asked of. graph/store's TestRecipes runs the
// guides' queries.
func TestGuide(t *testing.T) {
	h, _ := newHandler(t, testConfig())
	k, err := kit.Load(docs.Files)
	if err != nil {
		t.Fatal(err)
	}
	recipes := k.Recipes()
	tests := []struct {
		name, path, contentType string
		check                   func(t *testing.T, body []byte)
	}{
		{name: "tour", path: "/guide", contentType: "text/html; charset=utf-8", check: func(t *testing.T, body []byte) {
			if n := bytes.Count(body, []byte("<slide")); n < 10 {
				t.Errorf("%d slides, want 10 or more", n)
			}
			for _, want := range []string{"<title>bilateral: a tour of the graph</title>", `:style http://guide.test:8080/guide/bilateral.grass`, `play-topic="http://guide.test:8080/guide/recipes"`} {
				if !bytes.Contains(body, []byte(want)) {
					t.Errorf("the tour lacks %s", want)
				}
			}
		}},
		{name: "tour with a slash", path: "/guide/", contentType: "text/html; charset=utf-8"},
		{name: "recipes", path: "/guide/recipes", contentType: "text/html; charset=utf-8", check: func(t *testing.T, body []byte) {
			if got := len(kit.Runnables(body)); got != len(recipes) {
				t.Errorf("%d runnable blocks, want one per recipe (%d)", got, len(recipes))
			}
		}},
		{name: "style", path: "/guide/bilateral.grass", contentType: "text/plain; charset=utf-8", check: func(t *testing.T, body []byte) {
			if !bytes.Equal(body, k.Style()) {
				t.Error("the style served is not docs/bilateral.grass")
			}
		}},
		{name: "cookbook", path: "/guide/cypher.md", contentType: "text/markdown; charset=utf-8", check: func(t *testing.T, body []byte) {
			if !bytes.Equal(body, k.Cookbook()) {
				t.Error("the cookbook served is not docs/cypher.md")
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest(http.MethodGet, "http://guide.test:8080"+tc.path, nil)
			req.Header.Set("Origin", browserOrigin)
			req.Header.Set("Cache-Control", "no-cache")
			req.Header.Set("Pragma", "no-cache")
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != http.StatusOK {
				t.Fatalf("GET %s: %d %s", tc.path, rec.Code, rec.Body)
			}
			if got := rec.Header().Get("Content-Type"); got != tc.contentType {
				t.Errorf("Content-Type %q, want %q", got, tc.contentType)
			}
			if got := rec.Header().Get("Access-Control-Allow-Origin"); got != "*" {
				t.Errorf("Access-Control-Allow-Origin %q, want *", got)
			}
			if tc.check != nil {
				tc.check(t, rec.Body.Bytes())
			}
		})
	}

	t.Run("preflight", func(t *testing.T) {
		req := httptest.NewRequest(http.MethodOptions, "/guide", nil)
		req.Header.Set("Origin", browserOrigin)
		req.Header.Set("Access-Control-Request-Method", "GET")
		req.Header.Set("Access-Control-Request-Headers", "cache-control,pragma")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code/100 != 2 {
			t.Errorf("preflight answered %d", rec.Code)
		}
		if got := rec.Header().Get("Access-Control-Allow-Origin"); got != "*" {
			t.Errorf("Access-Control-Allow-Origin %q, want *", got)
		}
		allowed := strings.ToLower(rec.Header().Get("Access-Control-Allow-Headers"))
		for _, want := range []string{"cache-control", "pragma"} {
			if !strings.Contains(allowed, want) {
				t.Errorf("Access-Control-Allow-Headers %q lacks %s", allowed, want)
			}
		}
	})
	t.Run("not found", func(t *testing.T) {
		if rec := get(h, "/guide/nope"); rec.Code != http.StatusNotFound {
			t.Errorf("GET /guide/nope: %d", rec.Code)
		}
	})
	t.Run("POST refused", func(t *testing.T) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/guide", strings.NewReader("x")))
		if rec.Code != http.StatusMethodNotAllowed {
			t.Errorf("POST /guide: %d", rec.Code)
		}
	})
	t.Run("the API's allowlist stays", func(t *testing.T) {
		rec := get(h, `/graphql?query=%7B__typename%7D`, "Origin", browserOrigin)
		if got := rec.Header().Get("Access-Control-Allow-Origin"); got != "" {
			t.Errorf("/graphql answers origin %s with Access-Control-Allow-Origin %q", browserOrigin, got)
		}
	})
}
