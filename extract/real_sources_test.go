package extract_test

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// sourceURL finds the URLs of a SOURCES.md table.
var sourceURL = regexp.MustCompile(`https?://[^\s|)]+`)

// normalURL drops the scheme, a leading "www." and a trailing slash, so
// that two copies of one page compare equal.
func normalURL(u string) string {
	u = strings.ToLower(u)
	u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
	return strings.TrimSuffix(strings.TrimPrefix(u, "www."), "/")
}

// TestRealSplitsShareNoSource checks that no page is the source of both a
// dev article and a held-out one (of the extraction corpus or of the
// resolution corpus): tuning on a paraphrase of a held-out article would
// void the blind measurement. It names only the dev side of a clash.
func TestRealSplitsShareNoSource(t *testing.T) {
	read := func(path string) string {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	held := map[string]bool{}
	for _, p := range []string{"testdata/real/heldout/SOURCES.md", "../internal/pipeline/testdata/resolution/real/heldout/SOURCES.md"} {
		for _, u := range sourceURL.FindAllString(read(p), -1) {
			held[normalURL(u)] = true
		}
	}
	if len(held) < 40 {
		t.Fatalf("%d held-out source URLs, want 40 or more", len(held))
	}
	dev := sourceURL.FindAllString(read("testdata/real/dev/SOURCES.md"), -1)
	if len(dev) < 80 {
		t.Fatalf("%d dev source URLs, want 80 or more", len(dev))
	}
	for _, u := range dev {
		if held[normalURL(u)] {
			t.Errorf("dev source %s is also a held-out article's source", u)
		}
	}
}
