package main

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// The pair the browser test picks: the sample article of seeds/.
const browserA, browserB = "KAZ", "CHN"

// pairWant is what the API answers about the pair: what the dashboard
// must show.
type pairWant struct {
	Relation struct {
		Countries   []struct{ Code, Name string }
		Partnership *struct{ Level string }
		Timeline    []struct {
			Start  string
			Events int
			ByKind []struct{ Kind string }
		}
		Trade []struct {
			Year     *int
			ValueUsd float64
			Sources  []struct{ Sentence string }
		}
		Events struct {
			TotalCount int
			Nodes      []struct {
				Key     string
				Sources []struct {
					Sentence string
					Article  struct{ ID, URL string }
				}
			}
		}
	}
	A, B struct {
		Partners []struct{ Country struct{ Code, Name string } }
	}
}

// pairSeen is what the dashboard shows, read from the page: only
// elements that are laid out (a box of some size) count.
type pairSeen struct {
	Title   string
	Summary string
	Buckets []struct {
		Start  string
		Events int
		Bars   int
	}
	Nodes    []string
	PairEdge bool
	Trade    []struct{ Year, Value, Sentence string }
	Events   []struct {
		Key       string
		Sentences []string
		Links     []string
	}
}

const readPair = `(() => {
  const seen = (el) => { const r = el.getBoundingClientRect(); return (r.width > 0 || r.height > 0) && getComputedStyle(el).visibility !== 'hidden'; };
  const all = (sel, root) => [...(root || document).querySelectorAll(sel)].filter(seen);
  return {
    title: document.querySelector('.pair-title').innerText,
    summary: document.querySelector('#summary').innerText,
    buckets: all('#timeline g.bucket').map((g) => ({ start: g.dataset.start, events: +g.dataset.events, bars: all('rect.bar', g).length })),
    nodes: all('#network g.node').map((g) => g.dataset.code),
    pairEdge: all('#network line.edge.pair').length === 1,
    trade: all('#trade-table tbody tr').map((tr) => ({ year: tr.dataset.year, value: tr.querySelector('td.value strong').innerText, sentence: (tr.querySelector('.sentence') || {}).innerText || '' })),
    events: all('#event-list li.event').map((li) => ({ key: li.dataset.key, sentences: all('.sentence', li).map((q) => q.innerText), links: all('a.article', li).map((a) => a.href) })),
  };
})()`

// TestBrowser drives Debian's chromium, headless and unable to reach any
// host but the test server, through the dashboard and GraphiQL served by
// the real handler over the test graph (seeds/ and the dev corpus). It
// picks the pair KAZ–CHN as a person would, checks what the page shows
// against what the API answers (the timeline's bars, the partner
// network's nodes, the trade rows, each event with its source sentences
// and article links), follows a partner in the network, shows the API's
// message for an unknown country, keeps a screenshot of the dashboard and
// of GraphiQL (see artifactDir), and types a query into GraphiQL, runs it
// with its button and reads the result pane. A page that asks anything of another
// host, fails a request or writes an error to its console fails the test.
func TestBrowser(t *testing.T) {
	s := testStore(t)
	h := testHandler(t, s, "")
	srv := httptest.NewServer(h)
	defer srv.Close()
	ctx, log := newBrowser(t)
	run := func(t *testing.T, what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		step, cancel := context.WithTimeout(ctx, 60*time.Second)
		defer cancel()
		if err := chromedp.Do(step, actions...); err != nil {
			log.check(t, srv.URL) // what the page did may say why
			t.Fatalf("%s: %v", what, err)
		}
	}

	t.Run("dashboard", func(t *testing.T) {
		var want pairWant
		_, res, raw := post(t, h, `query($a: String!, $b: String!) {
			relation(a: $a, b: $b) {
				countries { code name } partnership { level }
				timeline(granularity: MONTH) { start events byKind { kind } }
				trade { year valueUsd sources { sentence } }
				events(first: 20) { totalCount nodes { key sources { sentence article { id url } } } }
			}
			a: country(code: $a) { partners(first: 10) { country { code name } } }
			b: country(code: $b) { partners(first: 10) { country { code name } } }
		}`, map[string]any{"a": browserA, "b": browserB})
		if len(res.Errors) > 0 || json.Unmarshal(res.Data, &want) != nil || len(want.Relation.Countries) != 2 {
			t.Fatalf("the API about the pair: %s", clipBytes(raw))
		}
		run(t, "open the dashboard",
			chromedp.Navigate(srv.URL+"/"),
			chromedp.WaitVisible(chromedp.CSS(`body[data-state="ready"][data-view="intro"] #intro`)),
			chromedp.WaitReady(chromedp.CSS(`#country-list option[value="`+browserA+`"]`)),
		)
		run(t, "pick the pair",
			chromedp.SendKeys(chromedp.ID("country-a"), browserA),
			chromedp.SendKeys(chromedp.ID("country-b"), browserB),
			chromedp.Click(chromedp.ID("show")),
			chromedp.WaitVisible(chromedp.CSS(`body[data-state="ready"][data-view="pair"] #event-list`)),
		)
		rawSeen, err := chromedp.Run(ctx, chromedp.Evaluate[[]byte](readPair))
		var seen pairSeen
		if err == nil {
			err = json.Unmarshal(rawSeen, &seen)
		}
		if err != nil {
			t.Fatalf("read the page: %v", err)
		}
		path := screenshot(ctx, t, "dashboard-"+browserA+"-"+browserB)
		t.Logf("dashboard: %q; %d timeline buckets, network %v, %d trade rows, %d events (screenshot %s)",
			seen.Title, len(seen.Buckets), seen.Nodes, len(seen.Trade), len(seen.Events), path)
		checkPair(t, want, seen)
		log.check(t, srv.URL)

		// A partner in the network is a link to that pair.
		var partner struct{ Code, Name string }
		for _, p := range want.A.Partners {
			if p.Country.Code != browserB && slices.Contains(seen.Nodes, p.Country.Code) {
				partner = p.Country
				break
			}
		}
		if partner.Code == "" {
			t.Fatalf("no partner of %s but %s in the network %v", browserA, browserB, seen.Nodes)
		}
		run(t, "click "+partner.Code+" in the network",
			chromedp.Click(chromedp.CSS(`#network g.node[data-code="`+partner.Code+`"]`)),
			chromedp.WaitVisible(chromedp.CSS(`body[data-state="ready"][data-view="pair"] #summary`)),
		)
		title, err := chromedp.Run(ctx, chromedp.Poll[string](`(() => { const t = document.querySelector('.pair-title').innerText; return t.includes(`+jsString(partner.Name)+`) && document.body.dataset.state === 'ready' ? t : false })()`, chromedp.WithPollingTimeout(30*time.Second)))
		if err != nil {
			t.Errorf("after clicking %s: %v", partner.Code, err)
		} else if !strings.Contains(title, want.Relation.Countries[1].Name) && !strings.Contains(title, want.Relation.Countries[0].Name) {
			t.Errorf("after clicking %s the title is %q", partner.Code, title)
		}
		log.check(t, srv.URL)
	})

	t.Run("unknown country", func(t *testing.T) {
		_, res, raw := post(t, h, `{ relation(a: "Atlantis", b: "KAZ") { firstContact } }`, nil)
		if len(res.Errors) == 0 {
			t.Fatalf("the API answered %s", raw)
		}
		run(t, "ask for Atlantis and KAZ",
			chromedp.Navigate(srv.URL+"/"),
			chromedp.WaitVisible(chromedp.CSS(`body[data-state="ready"][data-view="intro"] #intro`)),
			chromedp.Clear(chromedp.ID("country-a")),
			chromedp.SendKeys(chromedp.ID("country-a"), "Atlantis"),
			chromedp.Clear(chromedp.ID("country-b")),
			chromedp.SendKeys(chromedp.ID("country-b"), "KAZ"),
			chromedp.Click(chromedp.ID("show")),
			chromedp.WaitVisible(chromedp.CSS(`body[data-state="error"] #status .error`)),
		)
		msg, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`#status .error`)))
		if err != nil || !strings.Contains(msg, res.Errors[0].Message) {
			t.Errorf("the page says %q (%v), want the API's %q", msg, err, res.Errors[0].Message)
		}
		log.check(t, srv.URL)
	})

	t.Run("GraphiQL offline", func(t *testing.T) {
		const query = `{ country(code: "KAZ") { name partners(first: 2) { country { code } sharedEvents } } }`
		_, res, raw := post(t, h, query, nil)
		if len(res.Errors) > 0 {
			t.Fatalf("the API: %s", raw)
		}
		var want any
		_ = json.Unmarshal(res.Data, &want)
		editor := `document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror`
		run(t, "open GraphiQL",
			chromedp.Navigate(srv.URL+"/graphql"),
			chromedp.WaitVisible(chromedp.CSS(`.graphiql-container .graphiql-query-editor .CodeMirror`)),
			chromedp.WaitVisible(chromedp.CSS(`.graphiql-execute-button`)),
		)
		run(t, "type the query",
			chromedp.Click(chromedp.CSS(`.graphiql-query-editor .CodeMirror-lines`)),
			chromedp.KeyEvent("a", chromedp.KeyModifiers(modCtrl)),
			chromedp.KeyEvent("\b"),
			chromedp.KeyEvent(query),
		)
		typed, err := chromedp.Run(ctx, chromedp.Evaluate[string](editor+`.getValue()`))
		if err != nil || strings.Join(strings.Fields(typed), " ") != query {
			t.Fatalf("the editor holds %q (%v), want %q", typed, err, query)
		}
		run(t, "run the query", chromedp.Click(chromedp.CSS(`.graphiql-execute-button`)))
		result, err := chromedp.Run(ctx, chromedp.Poll[string](`(() => {
			const cm = document.querySelector('.graphiql-response .CodeMirror');
			const v = cm && cm.CodeMirror.getValue();
			return v && v.includes('"data"') ? v : false;
		})()`, chromedp.WithPollingTimeout(30*time.Second)))
		if err != nil {
			t.Fatalf("no result in the result pane: %v", err)
		}
		var got struct{ Data any }
		if err := json.Unmarshal([]byte(result), &got); err != nil {
			t.Fatalf("the result pane holds %q: %v", result, err)
		}
		if g, _ := json.Marshal(got.Data); string(g) != mustJSON(want) {
			t.Errorf("GraphiQL shows %s, the API answers %s", g, mustJSON(want))
		}
		screenshot(ctx, t, "graphiql")
		log.check(t, srv.URL)
	})
}

// checkPair compares what the dashboard shows with what the API answers.
func checkPair(t *testing.T, want pairWant, seen pairSeen) {
	t.Helper()
	rel := want.Relation
	for _, c := range rel.Countries {
		if !strings.Contains(seen.Title, c.Name) {
			t.Errorf("title %q lacks %s", seen.Title, c.Name)
		}
	}
	if rel.Partnership != nil && !strings.Contains(seen.Summary, rel.Partnership.Level) {
		t.Errorf("summary %q lacks the partnership %q", seen.Summary, rel.Partnership.Level)
	}
	// Timeline: a bar per kind in each month with events.
	bars := map[string][2]int{}
	for _, b := range seen.Buckets {
		if b.Events > 0 {
			bars[b.Start] = [2]int{b.Events, b.Bars}
		}
	}
	n := 0
	for _, b := range rel.Timeline {
		if b.Events == 0 {
			continue
		}
		n++
		if got := bars[b.Start]; got != [2]int{b.Events, len(b.ByKind)} {
			t.Errorf("timeline %s: %d events in %d bars shown, want %d in %d", b.Start, got[0], got[1], b.Events, len(b.ByKind))
		}
	}
	if n == 0 || len(bars) != n {
		t.Errorf("timeline: %d months with events shown, want %d (and some)", len(bars), n)
	}
	// Network: both countries and each one's partners, and the pair's edge.
	for _, code := range []string{browserA, browserB} {
		if !slices.Contains(seen.Nodes, code) {
			t.Errorf("network %v lacks %s", seen.Nodes, code)
		}
	}
	for _, p := range append(want.A.Partners, want.B.Partners...) {
		if !slices.Contains(seen.Nodes, p.Country.Code) {
			t.Errorf("network %v lacks the partner %s", seen.Nodes, p.Country.Code)
		}
	}
	if !seen.PairEdge {
		t.Error("network: no edge between the pair")
	}
	// Trade: one row per figure, newest first, with its sentence.
	if len(seen.Trade) != len(rel.Trade) || len(rel.Trade) == 0 {
		t.Fatalf("trade: %d rows, want %d (and some)", len(seen.Trade), len(rel.Trade))
	}
	for i, f := range rel.Trade {
		row := seen.Trade[i]
		if f.Year != nil && row.Year != itoa(*f.Year) || row.Value == "" || len(f.Sources) > 0 && row.Sentence != f.Sources[0].Sentence {
			t.Errorf("trade row %d: %+v, want year %v and sentence %q", i, row, f.Year, f.Sources)
		}
	}
	// Events: the first page, in order, each with its sentences and links.
	if len(seen.Events) != len(rel.Events.Nodes) || len(seen.Events) == 0 {
		t.Fatalf("events: %d shown, want %d (and some)", len(seen.Events), len(rel.Events.Nodes))
	}
	for i, e := range rel.Events.Nodes {
		got := seen.Events[i]
		var sentences []string
		for _, s := range e.Sources {
			sentences = append(sentences, s.Sentence)
		}
		if got.Key != e.Key || !slices.Equal(got.Sentences, sentences) || len(got.Links) != len(e.Sources) {
			t.Errorf("event %d: %s with %d sentences and %d links shown, want %s with %q", i, got.Key, len(got.Sentences), len(got.Links), e.Key, sentences)
			continue
		}
		for j, s := range e.Sources {
			if s.Article.URL != "" && got.Links[j] != s.Article.URL || s.Article.URL == "" && !strings.Contains(got.Links[j], s.Article.ID) {
				t.Errorf("event %s, source %d: link %s, want the article %s %s", e.Key, j, got.Links[j], s.Article.ID, s.Article.URL)
			}
		}
	}
}
