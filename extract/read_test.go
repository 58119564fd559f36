package extract_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/bilateral-kg/bilateral/extract"
)

// collect runs Read and returns the documents and the reasons of the rejected ones.
func collect(t *testing.T, name, input string, limit int64) ([]extract.Document, []string) {
	t.Helper()
	var docs []extract.Document
	var reasons []string
	err := extract.Read(name, strings.NewReader(input), limit, func(d extract.Document, err error) error {
		if err != nil {
			var ie *extract.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v is not an *InputError", err)
			}
			reasons = append(reasons, ie.Error())
			return nil
		}
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return docs, reasons
}

func TestRead(t *testing.T) {
	tests := []struct {
		name    string
		input   string
		limit   int64
		docs    int
		reasons []string
	}{
		{"plain", "date 2025-08-30\nASTANA – Text.", 0, 1, nil},
		{"bom and crlf", "\uFEFFdate 2025-08-30\r\nText.\r\n", 0, 1, nil},
		{"empty", "  \n\t", 0, 0, []string{"in: empty"}},
		{"binary", "abc\x00def", 0, 0, []string{"in: binary data (NUL bytes)"}},
		{"invalid utf8", "abc\xff\xfe", 0, 0, []string{"in: not valid UTF-8"}},
		{"over limit", strings.Repeat("a", 100), 10, 0, []string{"in: larger than the limit of 10 bytes"}},
		{"jsonl", `{"title":"A","text":"One."}` + "\n\n" + `{"text":"Two.","date":"2025-01-02"}` + "\n", 0, 2, nil},
		{"jsonl bad line", `{"text":"One."}` + "\n{oops\n" + `{"text":""}` + "\n" + `{"text":"Three."}`, 0, 2,
			[]string{"in:2: malformed JSON: invalid character 'o' looking for beginning of object key string", "in:3: empty"}},
		{"jsonl long line", `{"text":"` + strings.Repeat("x", 200) + `"}` + "\n" + `{"text":"ok"}`, 100, 1, []string{"in:1: larger than the limit of 100 bytes"}},
		{"markdown", "---\ntitle: \"T\"\ndate: 2025-02-03\n---\nBody.\n", 0, 1, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs, reasons := collect(t, "in", tc.input, tc.limit)
			if len(docs) != tc.docs {
				t.Errorf("got %d documents, want %d", len(docs), tc.docs)
			}
			if fmt.Sprint(reasons) != fmt.Sprint(tc.reasons) {
				t.Errorf("got reasons %q, want %q", reasons, tc.reasons)
			}
		})
	}
}

func TestReadJSONLFields(t *testing.T) {
	docs, _ := collect(t, "feed.jsonl", `{"title":"T","date":"2025-01-02","source":"S","url":"U","text":"Body."}`, 0)
	if len(docs) != 1 {
		t.Fatalf("got %d documents, want 1", len(docs))
	}
	d := docs[0]
	if d.Input != "feed.jsonl:1" || d.Title != "T" || d.Date != "2025-01-02" || d.Source != "S" || d.URL != "U" || d.Text != "Body." {
		t.Errorf("got %+v", d)
	}
}

func TestReadStops(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := extract.Read("in", strings.NewReader("{\"text\":\"a\"}\n{\"text\":\"b\"}\n"), 0, func(extract.Document, error) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("got err %v after %d calls, want stop after 1", err, n)
	}
}

func TestExtractMetadata(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, text                          string
		title, date, source, dateline, body string
	}{
		{"header lines", "title: Hello\nsource: Agency\ndate 2025-08-30\nASTANA – Body text.", "Hello", "2025-08-30", "Agency", "Astana", "ASTANA – Body text."},
		{"front matter", "---\ntitle: Hi\ndate: 2024-05-06\nsource: Wire\n---\nText here.", "Hi", "2024-05-06", "Wire", "", "Text here."},
		{"dateline source", "BEIJING, Aug 30, 2025 (Xinhua) - Talks were held.", "", "2025-08-30", "Xinhua", "Beijing", "BEIJING, Aug 30, 2025 (Xinhua) - Talks were held."},
		{"agency opens the dateline", "Xinhua, June 20, 2016 – Talks were held.", "", "2016-06-20", "Xinhua", "", "Xinhua, June 20, 2016 – Talks were held."},
		{"attribution", "The sides met in Astana, reported Akorda.", "", "", "Akorda", "", "The sides met in Astana, reported Akorda."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := x.Extract(extract.Document{Input: tc.name, Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			a := out.Article
			if a.Title != tc.title || a.Date != tc.date || a.Source != tc.source || a.Dateline != tc.dateline || a.Text != tc.body {
				t.Errorf("got title %q date %q source %q dateline %q body %q", a.Title, a.Date, a.Source, a.Dateline, a.Text)
			}
			checkOutput(t, tc.name, out)
		})
	}
}

func TestExtractEmpty(t *testing.T) {
	x := mustExtractor(t)
	if _, err := x.Extract(extract.Document{Input: "e", Text: " \n "}); !errors.Is(err, extract.ErrEmpty) {
		t.Errorf("got %v, want ErrEmpty", err)
	}
}

// jsonlStream generates n JSON Lines articles without holding them in memory.
type jsonlStream struct {
	line []byte
	n    int
	buf  bytes.Buffer
}

func (s *jsonlStream) Read(p []byte) (int, error) {
	for s.buf.Len() < len(p) && s.n > 0 {
		s.buf.Write(s.line)
		s.n--
	}
	if s.buf.Len() == 0 {
		return 0, io.EOF
	}
	return s.buf.Read(p)
}

// TestReadLargeJSONL streams 64 MiB of JSON Lines through Read.
func TestReadLargeJSONL(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	line := []byte(`{"title":"t","text":"` + strings.Repeat("Kazakh President met Chinese President. ", 100) + `"}` + "\n")
	n := (64 << 20) / len(line)
	count := 0
	err := extract.Read("big.jsonl", &jsonlStream{line: line, n: n}, 0, func(d extract.Document, err error) error {
		if err != nil {
			return err
		}
		count++
		return nil
	})
	if err != nil || count != n {
		t.Fatalf("got %d documents, err %v; want %d", count, err, n)
	}
}

// TestReadFormatByExtension checks that the file's extension decides the
// format, with a clear error when the content does not fit it.
func TestReadFormatByExtension(t *testing.T) {
	jsonl := `{"text":"One."}` + "\n" + `{"text":"Two."}` + "\n"
	tests := []struct {
		name, file, input string
		docs              int
		reasons           []string
	}{
		{"jsonl whose first line is not JSON", "feed.jsonl", "date 2025-01-02\n" + jsonl, 2,
			[]string{"feed.jsonl:1: not a JSON object: a JSON Lines input has one object per line"}},
		{"ndjson with an array line", "feed.NDJSON", jsonl + "[1, 2]\n", 2,
			[]string{"feed.NDJSON:3: not a JSON object: a JSON Lines input has one object per line"}},
		{"jsonl with a broken object", "feed.jsonl", "{\"text\": \n" + jsonl, 2,
			[]string{"feed.jsonl:1: malformed JSON: unexpected end of JSON input"}},
		{"txt that is JSON Lines", "a.txt", jsonl, 0,
			[]string{"a.txt: every line is a JSON object: rename the file to .jsonl (or .ndjson) to read one article per line"}},
		{"txt that starts with a brace", "a.txt", "{Draft} Kazakh President Tokayev met Xi.\n", 1, nil},
		{"markdown", "a.markdown", "---\ntitle: T\n---\nBody.", 1, nil},
		{"unknown extension sniffs JSON Lines", "feed.log", jsonl, 2, nil},
		{"stdin sniffs text", "stdin", "date 2025-01-02\nText.", 1, nil},
		{"stdin sniffs JSON Lines", "stdin", jsonl, 2, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs, reasons := collect(t, tc.file, tc.input, 0)
			if len(docs) != tc.docs {
				t.Errorf("got %d documents, want %d", len(docs), tc.docs)
			}
			if fmt.Sprint(reasons) != fmt.Sprint(tc.reasons) {
				t.Errorf("got reasons %q, want %q", reasons, tc.reasons)
			}
		})
	}
}
