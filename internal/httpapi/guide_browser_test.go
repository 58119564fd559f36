package httpapi_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/bilateral-kg/bilateral/docs"
	"github.com/bilateral-kg/bilateral/graph/store/storetest"
	"github.com/bilateral-kg/bilateral/internal/kit"
)

// TestNeo4jBrowserGuide drives the Neo4j Browser that the test Neo4j
// serves (scripts/neo4j: http://127.0.0.1:$NEO4J_HTTP_PORT/browser/, with
// 127.0.0.1 among the hosts it may fetch from) in Debian's chromium,
// headless and offline, against the API's handler on a loopback port: it
// connects, checks that the post-connect command applied the graph style,
// plays the tour (its title, its number of slides, a click on a query
// puts it into the editor), loads the style from the API with :style and
// plays the cookbook guide. It keeps a screenshot,
// neo4j-browser-guide.png, beside the browser test's. Without chromium it
// is skipped, and it fails when CI=true.
func TestNeo4jBrowserGuide(t *testing.T) {
	chromium := os.Getenv("CHROMIUM")
	if chromium == "" {
		chromium = "/usr/bin/chromium"
	}
	if _, err := exec.LookPath(chromium); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI=true and chromium is required (apt-get install chromium, as scripts/test does): %v", err)
		}
		t.Skipf("chromium not found: %v", err)
	}
	h, _ := newHandler(t, testConfig())
	srv := httptest.NewServer(h)
	defer srv.Close()
	k, err := kit.Load(docs.Files)
	if err != nil {
		t.Fatal(err)
	}
	tour, err := k.Guide("index", srv.URL)
	if err != nil {
		t.Fatal(err)
	}

	cfg := storetest.Config()
	bolt, err := url.Parse(cfg.URI)
	if err != nil {
		t.Fatal(err)
	}
	bolt.Scheme, bolt.User = "neo4j", url.User(cfg.User)
	httpPort := os.Getenv("NEO4J_HTTP_PORT")
	if httpPort == "" {
		httpPort = "7474"
	}
	browserURL := fmt.Sprintf("http://127.0.0.1:%s/browser/?dbms=%s", httpPort, url.QueryEscape(bolt.String()))

	profile := t.TempDir()
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromium), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(profile),
		chromedp.WindowSize(1400, 1100),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"))
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	ctx, cancelTimeout := context.WithTimeout(ctx, 3*time.Minute)
	defer cancelTimeout()

	step := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			shot(ctx, t)
			t.Fatalf("%s: %v", what, err)
		}
	}
	// waitText waits until the page's text holds every one of want.
	waitText := func(what string, want ...string) {
		t.Helper()
		var conds []string
		for _, w := range want {
			conds = append(conds, fmt.Sprintf("document.body.innerText.includes(%q)", w))
		}
		_, err := chromedp.Run(ctx, chromedp.Poll[bool](strings.Join(conds, " && "), chromedp.WithPollingTimeout(45*time.Second)))
		if err != nil {
			shot(ctx, t)
			body, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerText`))
			t.Fatalf("%s: the page does not show %q (%v); it shows:\n%.3000s", what, want, err, body)
		}
	}
	const editor = `[data-testid=activeEditor] .monaco-editor`
	command := func(cmd string) {
		t.Helper()
		step("type "+cmd,
			chromedp.Click(chromedp.CSS(editor+" .view-lines")),
			chromedp.KeyEvent("a", chromedp.KeyModifiers(chromedp.ModifierCtrl)),
			chromedp.KeyEvent("\b"),
			chromedp.KeyEvent(cmd),
			chromedp.KeyEvent("\r", chromedp.KeyModifiers(chromedp.ModifierCtrl)),
		)
	}

	step("open Neo4j Browser at "+browserURL+" and connect",
		chromedp.Navigate(browserURL),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid=password]`)),
		chromedp.SendKeys(chromedp.CSS(`[data-testid=password]`), cfg.Password),
		chromedp.Click(chromedp.CSS(`[data-testid=connect]`)),
		chromedp.WaitVisible(chromedp.CSS(editor)),
	)
	// On a loaded machine the first click can come before the form is
	// ready: until the form is gone, the poll clicks Connect again.
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`(() => {
		const b = document.querySelector('[data-testid=connect]');
		if (!b) return true;
		b.click();
		return false })()`, chromedp.WithPollingTimeout(45*time.Second), chromedp.WithPollingInterval(3*time.Second))); err != nil {
		shot(ctx, t)
		t.Fatalf("connect to Neo4j in Browser: the form stays (%v)", err)
	}
	// scripts/neo4j's browser.post_connect_cmd applies the style.
	waitText("the style applied on connecting (browser.post_connect_cmd of scripts/neo4j)", "node.Country", "{code}", "{kind} {date}")

	command(":clear")
	command(":play " + srv.URL + "/guide")
	slides := strings.Count(string(tour), "<slide")
	waitText("the tour (is 127.0.0.1 in browser.remote_content_hostname_whitelist? scripts/neo4j puts it there)",
		"The bilateral graph", ":style "+srv.URL+"/guide/bilateral.grass")
	body, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerText`))
	if !regexp.MustCompile(fmt.Sprintf(`1\s*/\s*%d\b`, slides)).MatchString(body) {
		t.Errorf("the tour does not show 1 / %d slides", slides)
	}
	shot(ctx, t)

	// A click on a query puts it into the editor.
	want := kit.Runnables(tour)[1]
	step("click the tour's second block", chromedp.Click(chromedp.CSS(`pre.runnable:nth-of-type(2)`)))
	// On a loaded machine the first click can land while the guide is
	// still settling: the poll clicks again until the editor has it.
	got, err := chromedp.Run(ctx, chromedp.Poll[string](fmt.Sprintf(`(() => {
		const t = document.querySelector(%q).innerText.replace(/\u00a0/g, ' ');
		if (t.includes('MATCH')) return t;
		const b = document.querySelector('pre.runnable:nth-of-type(2)');
		if (b) b.click();
		return false })()`, editor+" .view-lines"), chromedp.WithPollingTimeout(30*time.Second), chromedp.WithPollingInterval(time.Second)))
	if err != nil || strings.TrimSpace(got) != want {
		t.Errorf("the editor holds %q (%v), want %q", got, err, want)
	}

	command(":clear")
	command(":style " + srv.URL + "/guide/bilateral.grass")
	waitText(":style from the API", "node.Country", `caption: "{code}"`)

	command(":play " + srv.URL + "/guide/recipes")
	waitText("the cookbook guide", "Cypher recipes", "Schema by type")
}

// shot saves the page as neo4j-browser-guide.png in $BROWSER_ARTIFACTS,
// else $TMPDIR/bilateral-browser (where scripts/test keeps the browser
// test's screenshots).
func shot(ctx context.Context, t *testing.T) {
	t.Helper()
	dir := os.Getenv("BROWSER_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "bilateral-browser")
	}
	// Browser scrolls its stream of frames to the latest: show the top.
	_, _ = chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { document.querySelectorAll('*').forEach(e => { if (e.scrollTop) e.scrollTop = 0 }); return true })()`))
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err == nil {
		err = os.MkdirAll(dir, 0o755)
	}
	if err == nil {
		err = os.WriteFile(filepath.Join(dir, "neo4j-browser-guide.png"), png, 0o644)
	}
	if err != nil {
		t.Logf("screenshot: %v", err)
		return
	}
	t.Logf("screenshot: %s", filepath.Join(dir, "neo4j-browser-guide.png"))
}
