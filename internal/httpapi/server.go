package httpapi

import (
	"github.com/prometheus/client_golang/prometheus"

	"context"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/rs/cors"

	"github.com/bilateral-kg/bilateral/docs"
	"github.com/bilateral-kg/bilateral/internal/kit"
	"github.com/bilateral-kg/bilateral/schema"
)

// Executor answers GraphQL requests; *schema.Schema is one.
type Executor interface {
	Execute(ctx context.Context, req schema.Request) *schema.Result
}

// Pinger tells whether the database answers, for /readyz; the store is
// one. Its errors wrap graph.ErrUnavailable when the database cannot be
// reached.
type Pinger interface {
	Ping(ctx context.Context) error
}

// Config is what the handler needs of the server's settings.
type Config struct {
	// MaxBodyBytes bounds a request body; larger ones are answered 413.
	MaxBodyBytes int64
	// Timeout bounds a GraphQL request from reading its body to writing
	// its answer, and a /readyz probe; zero means schema.DefaultTimeout,
	// as the schema takes it.
	Timeout time.Duration
	// MaxConcurrent is how many GraphQL requests are answered at once
	// (at least one); the others are answered 503 OVERLOADED.
	MaxConcurrent int
	// CORSOrigins are the browser origins allowed to call the API from
	// other sites; "*" allows any, none allows none.
	CORSOrigins []string
}

// New returns the handler of every route, answering GraphQL with exec,
// /readyz with db and recording into m (which must not be shared by two
// handlers, since its registry serves /metrics):
//
//	/graphql          POST or GET GraphQL; GraphiQL for a browser's GET without a query
//	GET /             the dashboard
//	GET /assets/...   the dashboard's and GraphiQL's embedded files
//	GET /healthz      "ok"
//	GET /readyz       "ready", or 503 when the database does not answer
//	GET /metrics      Prometheus
//	GET /guide, /guide/...  Neo4j Browser's guides and graph style, to any origin (guide.go)
//
// The handler is safe for concurrent use.
func New(exec Executor, db Pinger, m *Metrics, cfg Config, log *slog.Logger) (http.Handler, error) {
	timeout := cfg.Timeout
	if timeout <= 0 {
		timeout = schema.DefaultTimeout
	}
	st, err := newStatic()
	if err != nil {
		return nil, fmt.Errorf("load the embedded assets: %w", err)
	}
	gql := &graphqlHandler{exec: exec, maxBody: cfg.MaxBodyBytes, timeout: timeout, gate: newGate(max(1, cfg.MaxConcurrent)), log: log, graphiql: st.graphiqlPage}
	if err := m.reg.Register(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "bilateral_api_requests_in_flight", Help: "GraphQL requests holding a place of the concurrency gate.",
	}, func() float64 { return float64(len(gql.gate)) })); err != nil {
		return nil, fmt.Errorf("register the in-flight gauge (one handler per Metrics): %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("/graphql", m.instrument(log, "/graphql", gql))
	mux.Handle("GET /{$}", m.instrument(log, "/", st.dashboard()))
	mux.Handle("GET /assets/", m.instrument(log, "/assets", st))
	mux.Handle("GET /healthz", m.instrument(log, "/healthz", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "ok")
	})))
	mux.Handle("GET /readyz", m.instrument(log, "/readyz", readyz(db, timeout, log)))
	mux.Handle("GET /metrics", m.handler())
	allowed := map[string]bool{}
	for _, o := range cfg.CORSOrigins {
		allowed[o] = true
	}
	c := cors.New(cors.Options{
		// An empty CORS_ORIGINS allows no origin (rs/cors would allow all).
		AllowOriginFunc: func(origin string) bool { return allowed[origin] || allowed["*"] },
		AllowedMethods:  []string{http.MethodGet, http.MethodPost},
		AllowedHeaders:  []string{"Content-Type", "Authorization"},
		MaxAge:          600,
	})
	// The guides answer any origin, outside the allowlist of the API.
	root := http.NewServeMux()
	k, err := kit.Load(docs.Files)
	if err != nil {
		return nil, err
	}
	guide := m.instrument(log, "/guide", guideHandler(k))
	root.Handle("/guide", guide)
	root.Handle("/guide/", guide)
	root.Handle("/", c.Handler(mux))
	return root, nil
}
