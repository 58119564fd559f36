package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// chromiumPath is where Debian's chromium package puts the browser;
// CHROMIUM overrides it.
const chromiumPath = "/usr/bin/chromium"

// browserLog is what a page asked of the network and wrote to its
// console, collected while the test drives it.
type browserLog struct {
	mu       sync.Mutex
	requests []string // URLs, in order
	failed   []string // URL and error of requests that did not complete
	statuses map[string]int64
	console  []string // errors and uncaught exceptions
}

func (l *browserLog) listen(ev any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		l.requests = append(l.requests, ev.Request.URL)
	case *network.EventResponseReceived:
		l.statuses[ev.Response.URL] = ev.Response.Status
	case *network.EventLoadingFailed:
		l.failed = append(l.failed, string(ev.RequestID)+" "+ev.ErrorText+" "+ev.BlockedReason.String())
	case *runtime.EventExceptionThrown:
		l.console = append(l.console, "exception: "+ev.ExceptionDetails.Text+" "+exceptionText(ev.ExceptionDetails))
	case *cdplog.EventEntryAdded:
		if ev.Entry.Level == cdplog.EntryLevelError {
			l.console = append(l.console, "browser log: "+string(ev.Entry.Source)+": "+ev.Entry.Text+" "+ev.Entry.URL)
		}
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
			var parts []string
			for _, a := range ev.Args {
				parts = append(parts, string(a.Value)+a.Description)
			}
			l.console = append(l.console, "console.error: "+strings.Join(parts, " "))
		}
	}
}

func exceptionText(d *runtime.ExceptionDetails) string {
	if d.Exception != nil {
		return d.Exception.Description
	}
	return ""
}

// check fails t for any request that left origin, failed or was answered
// 400 or more, and for any error on the console, since the last check.
func (l *browserLog) check(t *testing.T, origin string) {
	t.Helper()
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, u := range l.requests {
		if !strings.HasPrefix(u, origin+"/") && !strings.HasPrefix(u, "data:") {
			t.Errorf("the page asked for %s, which is not on this server", u)
		}
		if st := l.statuses[u]; st >= 400 {
			t.Errorf("%s answered %d", u, st)
		}
	}
	for _, f := range l.failed {
		t.Errorf("a request failed: %s", f)
	}
	for _, c := range l.console {
		t.Errorf("the page wrote an error: %s", c)
	}
	l.requests, l.failed, l.console = nil, nil, nil
	clear(l.statuses)
}

// errNoChromiumCI is findChromium's error when CI=true: the browser test
// fails rather than skips there.
var errNoChromiumCI = errors.New("CI=true and chromium is required")

// findChromium returns the browser's path: CHROMIUM, else chromiumPath.
// When it is not an executable, the error wraps errNoChromiumCI if CI is
// "true".
func findChromium(getenv func(string) string, lookPath func(string) (string, error)) (string, error) {
	path := chromiumPath
	if p := getenv("CHROMIUM"); p != "" {
		path = p
	}
	found, err := lookPath(path)
	if err == nil {
		return found, nil
	}
	const install = "install Debian's chromium (apt-get install chromium), as scripts/test does"
	if getenv("CI") == "true" {
		return "", fmt.Errorf("%w: %s: %v", errNoChromiumCI, install, err)
	}
	return "", fmt.Errorf("chromium not found (%s): %v", install, err)
}

// newBrowser starts Debian's chromium, headless, with a fresh profile and
// no way to resolve any host but 127.0.0.1 (as without internet access),
// and returns a tab's context and the log of what its pages do. Without
// chromium the test is skipped, or fails when CI=true (scripts/test
// installs it).
func newBrowser(t *testing.T) (context.Context, *browserLog) {
	t.Helper()
	path, err := findChromium(os.Getenv, exec.LookPath)
	switch {
	case errors.Is(err, errNoChromiumCI):
		t.Fatal(err)
	case err != nil:
		t.Skip(err)
	}
	profile, err := os.MkdirTemp("", "bilateral-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(profile) })
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 1000),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"),
	)
	ctx, cancel := chromedp.NewContext(allocCtx)
	t.Cleanup(func() {
		cancel()
		cancelAlloc()
	})
	log := &browserLog{statuses: map[string]int64{}}
	start, cancelStart := context.WithTimeout(ctx, time.Minute)
	defer cancelStart()
	// Listen starts the browser; the first action must not carry a
	// timeout, which would end the browser with it.
	if err := chromedp.Listen(ctx, log.listen); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	if err := chromedp.Do(start); err != nil {
		t.Fatalf("open a tab: %v", err)
	}
	return ctx, log
}

// artifactDir is where the browser test keeps its screenshots:
// BROWSER_ARTIFACTS when set, the test's artifact directory with go test
// -artifacts, else bilateral-browser in the temporary directory.
func artifactDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("BROWSER_ARTIFACTS")
	if dir == "" {
		if f := flag.Lookup("test.artifacts"); f != nil && f.Value.String() == "true" {
			return t.ArtifactDir()
		}
		dir = filepath.Join(os.TempDir(), "bilateral-browser")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatalf("artifact directory: %v", err)
	}
	return dir
}

// screenshot saves the whole page as name.png in the artifact directory.
func screenshot(ctx context.Context, t *testing.T, name string) string {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	path := filepath.Join(artifactDir(t), name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatalf("save the screenshot: %v", err)
	}
	t.Logf("screenshot: %s", path)
	return path
}

// modCtrl is the Ctrl key of a key event.
const modCtrl = chromedp.ModifierCtrl

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string { return mustJSON(s) }

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // values decoded from JSON always encode
	}
	return string(b)
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestFindChromium checks where the browser test looks for chromium, and
// that a missing browser fails the test when CI=true instead of skipping.
func TestFindChromium(t *testing.T) {
	installed := func(paths ...string) func(string) (string, error) {
		return func(p string) (string, error) {
			if slices.Contains(paths, p) {
				return p, nil
			}
			return "", exec.ErrNotFound
		}
	}
	cases := []struct {
		name    string
		env     map[string]string
		lookup  func(string) (string, error)
		path    string
		fail    bool // the test must fail, not skip
		missing bool
	}{
		{"installed", nil, installed(chromiumPath), chromiumPath, false, false},
		{"installed, on CI", map[string]string{"CI": "true"}, installed(chromiumPath), chromiumPath, false, false},
		{"CHROMIUM names another", map[string]string{"CHROMIUM": "/opt/chromium"}, installed("/opt/chromium"), "/opt/chromium", false, false},
		{"missing", nil, installed(), "", false, true},
		{"missing on CI", map[string]string{"CI": "true"}, installed(), "", true, true},
		{"CHROMIUM missing on CI", map[string]string{"CI": "true", "CHROMIUM": "/opt/chromium"}, installed(chromiumPath), "", true, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path, err := findChromium(func(k string) string { return c.env[k] }, c.lookup)
			if path != c.path || (err != nil) != c.missing || errors.Is(err, errNoChromiumCI) != c.fail {
				t.Errorf("got %q, %v; want %q, missing %v, fail %v", path, err, c.path, c.missing, c.fail)
			}
		})
	}
}
