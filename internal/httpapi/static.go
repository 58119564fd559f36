package httpapi

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"strings"
)

// assets holds the dashboard (assets/dashboard) and the vendored GraphiQL
// (assets/graphiql), served under /assets/.
//
//go:embed assets
var assets embed.FS

// The pages' Content-Security-Policy: scripts, styles and data come from
// this server only, so that a page that tried to load anything from
// outside would fail here as it would offline. GraphiQL sets inline
// styles of its own; the dashboard sets none.
const (
	dashboardPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
	graphiqlPolicy  = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

// static serves the embedded files under /assets/, each with an ETag of
// its content (so that a browser revalidates and gets 304 Not Modified),
// and holds the two pages.
type static struct {
	files        fs.FS
	etags        map[string]string // file name under assets/ → ETag
	dashPage     []byte
	graphiqlPage []byte
}

func newStatic() (*static, error) {
	files, err := fs.Sub(assets, "assets")
	if err != nil {
		return nil, fmt.Errorf("open assets: %w", err)
	}
	s := &static{files: files, etags: map[string]string{}}
	err = fs.WalkDir(files, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(files, name)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		s.etags[name] = `"` + hex.EncodeToString(sum[:12]) + `"`
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("hash assets: %w", err)
	}
	if s.dashPage, err = fs.ReadFile(files, "dashboard/index.html"); err != nil {
		return nil, fmt.Errorf("read the dashboard page: %w", err)
	}
	if s.graphiqlPage, err = fs.ReadFile(files, "graphiql/graphiql.html"); err != nil {
		return nil, fmt.Errorf("read the GraphiQL page: %w", err)
	}
	return s, nil
}

// ServeHTTP serves the file named by the path after /assets/, or 404.
func (s *static) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/assets/")
	etag, ok := s.etags[name]
	if !ok {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("ETag", etag)
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Content-Type-Options", "nosniff")
	http.ServeFileFS(w, r, s.files, name)
}

// dashboard serves the dashboard page.
func (s *static) dashboard() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		servePage(w, s.dashPage, dashboardPolicy)
	})
}

// servePage writes an HTML page with its Content-Security-Policy.
func servePage(w http.ResponseWriter, page []byte, policy string) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", policy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-cache")
	_, _ = w.Write(page)
}
