package extract

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestNormaliseWarnings(t *testing.T) {
	tests := []struct {
		name, in, body, title, warning string
	}{
		{"valid front matter", "---\ntitle: T\ndate: 2025-02-03\n---\nBody.", "Body.", "T", ""},
		{"not YAML", "---\ntitle: [unclosed\n---\nBody.", "Body.", "", "front matter is not a valid YAML mapping"},
		{"a list, not a mapping", "---\n- a\n- b\n---\nBody.", "Body.", "", "front matter is not a valid YAML mapping"},
		{"no closing line", "---\ntitle: T\nBody.", "---\ntitle: T\nBody.", "", "front matter has no closing '---' line"},
		{"header lines", "title: T\ndate 2025-02-03\n\nBody.", "Body.", "T", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body, m := normalise(tc.in)
			if body != tc.body || m.title != tc.title {
				t.Errorf("got body %q title %q, want %q %q", body, m.title, tc.body, tc.title)
			}
			got := strings.Join(m.warnings, "; ")
			if tc.warning == "" && got != "" || !strings.Contains(got, tc.warning) {
				t.Errorf("got warnings %q, want one containing %q", got, tc.warning)
			}
		})
	}
}

// FuzzNormalise checks that normalise never panics, returns valid UTF-8
// without carriage returns or surrounding space for valid input, and only
// a date that normaliseDate can read or leave empty.
func FuzzNormalise(f *testing.F) {
	for _, s := range []string{"---\ntitle: T\ndate: 2025-02-03\n---\nBody.", "---\ntitle: [x\n---\nB", "---\n- a\n---\n",
		"title: T\r\ndate 2025-02-03 ASTANA – Body.", "\uFEFFurl: http://x\n\nBody", "---\ndate: 2025-13-45T10:00:00Z\n---\nx"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		body, m := normalise(s)
		if utf8.ValidString(s) && !utf8.ValidString(body) {
			t.Fatalf("body is not valid UTF-8: %q", body)
		}
		if strings.ContainsRune(body, '\r') {
			t.Fatalf("body keeps a carriage return: %q", body)
		}
		if body != strings.TrimSpace(body) {
			t.Fatalf("body not trimmed: %q", body)
		}
		if d := normaliseDate(m.date); d != "" {
			if _, ok := parseISO(d); !ok {
				t.Fatalf("normaliseDate(%q) = %q, not a date", m.date, d)
			}
		}
		for _, w := range m.warnings {
			if w == "" {
				t.Fatal("empty warning")
			}
		}
	})
}

// FuzzDates checks that every date found lies inside the text, quotes it,
// and resolves to a real day whose year is the mention's year.
func FuzzDates(f *testing.F) {
	for _, s := range []string{"held talks on Aug. 30 in Tianjin", "on 13 March 2025 for a visit", "met on Thursday",
		"Ashgabat, 2025-06-18 —", "signed on 30.08.2025", "trade last year grew", "in May 2024", "October 24–25, 2024",
		"the first half of 2024", "January-September 2019", "2022/23", "31 February 2025", "Today, on 25 October"} {
		f.Add(s, int64(0))
		f.Add(s, int64(1756512000)) // 2025-08-30
	}
	f.Fuzz(func(t *testing.T, s string, unix int64) {
		if unix < -1e11 || unix > 1e11 {
			return
		}
		var ref time.Time
		if unix != 0 {
			ref = time.Unix(unix, 0).UTC().Truncate(24 * time.Hour)
		}
		for _, d := range findDates(s, ref) {
			if d.bstart < 0 || d.bend > len(s) || d.bstart >= d.bend || s[d.bstart:d.bend] != d.text {
				t.Fatalf("date %+v does not quote the text %q", d, s)
			}
			if d.iso != "" {
				day, ok := parseISO(d.iso)
				if !ok || day.Year() != d.year {
					t.Fatalf("date %+v: iso %q is not a day of year %d", d, d.iso, d.year)
				}
			}
		}
		if d := normaliseDate(s); d != "" {
			if _, ok := parseISO(d); !ok {
				t.Fatalf("normaliseDate(%q) = %q", s, d)
			}
		}
	})
}

// FuzzMoney checks that every amount read from a sentence has a positive
// finite value, an ISO 4217 code and words that quote the text, and that
// every period found quotes the text.
func FuzzMoney(f *testing.F) {
	x, err := New()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"Trade reached $44 billion in 2024.", "Trade reached Rs 3,40,000 crore in 2022/23.",
		"Trade with South Africa reached R12 billion.", "Trade hit €175bn in January-September 2019.",
		"Trade for 12 billion dollars in the first half of 2024.", "Trade reached 4,4 bn euros in Q1 2024 and FY24.",
		"They aim to double trade to $500 billion by 2030, from $129 billion last year."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		a := &tokenStage{x: x, text: s}
		a.toks = tokenize(s)
		a.sents = splitSentences(a.toks, s)
		for i := range a.sents {
			m, ok := a.firstMoney(i)
			if !ok {
				continue
			}
			if !(m.value > 0 && m.value < 1e40) || len(m.currency) != 3 || strings.ToUpper(m.currency) != m.currency {
				t.Fatalf("amount %+v in %q", m, s)
			}
			if m.bstart < 0 || m.bstart+len(m.text) > len(s) || s[m.bstart:m.bstart+len(m.text)] != m.text {
				t.Fatalf("amount %+v does not quote %q", m, s)
			}
		}
		for _, p := range x.periods.find(s) {
			if p.bstart < 0 || p.bend > len(s) || s[p.bstart:p.bend] != p.text || p.year < 0 {
				t.Fatalf("period %+v does not quote %q", p, s)
			}
		}
	})
}
