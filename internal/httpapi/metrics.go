package httpapi

import (
	"context"
	"log/slog"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/bilateral-kg/bilateral/schema"
)

// Metrics are the server's Prometheus metrics, in a registry of their
// own: HTTP requests by route and status, their latency, GraphQL errors
// by extensions.code and Neo4j round trips by reader method. A Metrics is
// safe for concurrent use; New serves it at /metrics.
type Metrics struct {
	reg      *prometheus.Registry
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
	errors   *prometheus.CounterVec
	queries  *prometheus.HistogramVec
}

// NewMetrics returns metrics in a new registry, with the Go runtime's
// and the process's collectors.
func NewMetrics() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bilateral_api_requests_total", Help: "HTTP requests by path and status.",
		}, []string{"path", "status"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "bilateral_api_request_duration_seconds", Help: "HTTP request latency by path.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"path"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bilateral_api_graphql_errors_total", Help: "GraphQL errors by extensions.code.",
		}, []string{"code"}),
		queries: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "bilateral_api_neo4j_query_duration_seconds", Help: "Neo4j round trips by reader method and outcome.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 5},
		}, []string{"method", "outcome"}),
	}
	m.reg.MustRegister(m.requests, m.latency, m.errors, m.queries,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

func (m *Metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// ObserveQuery records a Neo4j round trip (one per Reader call) and
// counts it in the log line of the request whose context ctx is; it is a
// schema.Observer, for schema.Instrument.
func (m *Metrics) ObserveQuery(ctx context.Context, method string, d time.Duration, err error) {
	outcome := "ok"
	if err != nil {
		outcome = "error"
	}
	m.queries.WithLabelValues(method, outcome).Observe(d.Seconds())
	if info := infoFrom(ctx); info != nil {
		info.mu.Lock()
		info.queries++
		info.mu.Unlock()
	}
}

// reqInfo collects what the handlers learn about a request, for the log
// line and the metrics written when it ends.
type reqInfo struct {
	mu      sync.Mutex
	codes   []string
	cost    schema.Cost
	stage   schema.Stage
	queries int
}

type infoKey struct{}

func infoFrom(ctx context.Context) *reqInfo {
	i, _ := ctx.Value(infoKey{}).(*reqInfo)
	return i
}

func setInfo(r *http.Request, res *schema.Result) {
	if info := infoFrom(r.Context()); info != nil && res != nil {
		info.mu.Lock()
		info.cost = res.Cost
		info.stage = res.Stage
		if res.Result != nil {
			info.codes = append(info.codes, res.Codes()...)
		}
		info.mu.Unlock()
	}
}

func recordCodes(r *http.Request, codes []string) {
	if info := infoFrom(r.Context()); info != nil {
		info.mu.Lock()
		info.codes = append(info.codes, codes...)
		info.mu.Unlock()
	}
}

type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int
}

// Unwrap returns the wrapped writer, for http.ResponseController.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// WriteHeader records the status.
func (w *statusWriter) WriteHeader(s int) {
	if w.status == 0 {
		w.status = s
	}
	w.ResponseWriter.WriteHeader(s)
}

// Write records the bytes written.
func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

// instrument wraps next with the request log line and the HTTP metrics;
// path is the route's label.
func (m *Metrics) instrument(log *slog.Logger, path string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		info := &reqInfo{}
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r.WithContext(context.WithValue(r.Context(), infoKey{}, info)))
		d := time.Since(start)
		if sw.status == 0 {
			sw.status = http.StatusOK
		}
		m.requests.WithLabelValues(path, strconv.Itoa(sw.status)).Inc()
		m.latency.WithLabelValues(path).Observe(d.Seconds())
		info.mu.Lock()
		defer info.mu.Unlock()
		for _, c := range info.codes {
			m.errors.WithLabelValues(c).Inc()
		}
		level := slog.LevelInfo
		if path != "/graphql" {
			level = slog.LevelDebug
		}
		log.LogAttrs(r.Context(), level, "request",
			slog.String("method", r.Method), slog.String("path", r.URL.Path), slog.Int("status", sw.status),
			slog.Duration("duration", d), slog.Int("bytes", sw.bytes), slog.String("remote", r.RemoteAddr),
			slog.Int("neo4j_queries", info.queries), slog.Float64("cost", info.cost.Cost), slog.Int("depth", info.cost.Depth), slog.String("stage", string(info.stage)),
			slog.Any("error_codes", info.codes))
	})
}
