package httpapi

import (
	"net/http"
	"strings"

	"github.com/rs/cors"

	"github.com/bilateral-kg/bilateral/internal/kit"
)

// guidePolicy is the Content-Security-Policy of the guide pages when a
// browser opens them directly: they run no script and load nothing.
// Neo4j Browser fetches them as text and renders them in its own page.
const guidePolicy = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// guideHandler serves the researcher's kit k to Neo4j Browser, from any origin (Browser runs on the Neo4j server's origin,
// and the files are public documentation):
//
//	GET /guide                    the tour, for :play http://HOST/guide
//	GET /guide/recipes            every recipe of the cookbook, one per slide
//	GET /guide/bilateral.grass    the graph style, for :style http://HOST/guide/bilateral.grass
//	GET /guide/cypher.md          the cookbook as Markdown
//
// The guides' links name the host the request was sent to. Browser's
// fetch of a guide sends Cache-Control and Pragma headers, so it is
// preceded by a CORS preflight, which is answered here too.
func guideHandler(k *kit.Kit) http.Handler {
	c := cors.New(cors.Options{
		AllowedOrigins: []string{"*"},
		AllowedMethods: []string{http.MethodGet},
		AllowedHeaders: []string{"Cache-Control", "Pragma"},
		MaxAge:         600,
	})
	return c.Handler(guide{k})
}

// guide answers the GETs under /guide.
type guide struct{ kit *kit.Kit }

// ServeHTTP answers one request under /guide.
func (g guide) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-cache")
	switch strings.TrimSuffix(r.URL.Path, "/") {
	case "/guide":
		g.write(w, r, "index")
	case "/guide/recipes":
		g.write(w, r, "recipes")
	case "/guide/bilateral.grass":
		h.Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write(g.kit.Style())
	case "/guide/cypher.md":
		h.Set("Content-Type", "text/markdown; charset=utf-8")
		_, _ = w.Write(g.kit.Cookbook())
	default:
		http.NotFound(w, r)
	}
}

// write renders guide name with links to the host r was sent to.
func (g guide) write(w http.ResponseWriter, r *http.Request, name string) {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	page, err := g.kit.Guide(name, scheme+"://"+r.Host)
	if err != nil { // every guide rendered when the kit loaded: a bug
		http.Error(w, "the guide cannot be rendered", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", guidePolicy)
	h.Set("Referrer-Policy", "no-referrer")
	_, _ = w.Write(page)
}
