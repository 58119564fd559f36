package extract

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
)

// Document is one input article before extraction.
type Document struct {
	Input string // where it came from, for messages: "seeds/a.txt", "stdin", "feed.jsonl:12"
	Text  string // raw text, possibly with header lines / front matter
	// Line is the line number of a document read from JSON Lines, 0 for a
	// document that is the whole input.
	Line int
	// File is the absolute path of the file that is this whole document,
	// set by the caller that opened it; "" for stdin and JSON Lines.
	File string
	// Title, Date, Source and URL are metadata given outside the text
	// (JSON Lines fields); each may be "".
	Title, Date, Source, URL string
}

// InputError reports an input that cannot be used as an article.
type InputError struct {
	Input  string // the input, as in Document.Input
	Reason string // why it was rejected, e.g. "empty", "binary data (NUL bytes)"
}

// Error returns "<input>: <reason>".
func (e *InputError) Error() string { return e.Input + ": " + e.Reason }

// DefaultLimit is the default per-article size limit in bytes (1 MiB).
const DefaultLimit = 1 << 20

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// Format is how Read splits an input into documents.
type Format int

const (
	// Sniff decides by content: JSON Lines when the first non-blank byte
	// is '{', else one article.
	Sniff Format = iota
	// JSONLines is one article per line, each a JSON object.
	JSONLines
	// OneArticle is one article: plain text with optional header lines, or
	// Markdown with YAML front matter.
	OneArticle
)

// FormatOf returns the format of the input called name by its extension:
// .jsonl and .ndjson are JSONLines; .txt, .text, .md and .markdown are
// OneArticle; anything else, "stdin" included, is Sniff.
func FormatOf(name string) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".ndjson":
		return JSONLines
	case ".txt", ".text", ".md", ".markdown":
		return OneArticle
	}
	return Sniff
}

// Read streams the documents in r, calling fn once per document. The
// format comes from the extension of name (see FormatOf). In JSON Lines
// each line is an object with fields title, date, source, url and text,
// and the input of each document is name:line; a line that is not a JSON
// object is rejected with the reason and the other lines are still read.
// One article is plain text with optional header lines, or Markdown with
// YAML front matter; a file named as one article whose every line is a
// JSON object is rejected with a message saying to rename it to .jsonl.
//
// A document that cannot be used (empty, binary, invalid UTF-8 after BOM
// removal, over limit bytes, malformed JSON line) is passed to fn with a
// non-nil *InputError and reading continues. If fn returns an error, Read
// stops and returns it; Read also returns errors from r. A limit <= 0 means
// DefaultLimit. Memory stays bounded by about limit bytes whatever the size
// of r.
func Read(name string, r io.Reader, limit int64, fn func(Document, error) error) error {
	if limit <= 0 {
		limit = DefaultLimit
	}
	br := bufio.NewReaderSize(r, 64<<10)
	format := FormatOf(name)
	if format == Sniff {
		first, err := firstByte(br)
		if err != nil {
			return fmt.Errorf("read %s: %w", name, err)
		}
		format = OneArticle
		if first == '{' {
			format = JSONLines
		}
	}
	if format == JSONLines {
		return readJSONL(name, br, limit, fn)
	}
	data, err := io.ReadAll(io.LimitReader(br, limit+1))
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	if int64(len(data)) > limit {
		return fn(Document{Input: name}, &InputError{name, fmt.Sprintf("larger than the limit of %d bytes", limit)})
	}
	text, reason := decodeText(data)
	if reason == "" && FormatOf(name) == OneArticle && isJSONLines(text) {
		reason = "every line is a JSON object: rename the file to .jsonl (or .ndjson) to read one article per line"
	}
	if reason != "" {
		return fn(Document{Input: name}, &InputError{name, reason})
	}
	return fn(Document{Input: name, Text: text}, nil)
}

// isJSONLines reports whether every non-blank line of text is a JSON
// object (and there is at least one).
func isJSONLines(text string) bool {
	n := 0
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if line[0] != '{' || !json.Valid([]byte(line)) {
			return false
		}
		n++
	}
	return n > 0
}

// firstByte returns the first byte that is not white space or a BOM,
// without consuming it; 0 at end of input.
func firstByte(br *bufio.Reader) (byte, error) {
	for n := 1; ; n++ {
		b, err := br.Peek(n)
		if len(b) < n {
			if errors.Is(err, io.EOF) || err == nil {
				return 0, nil
			}
			if errors.Is(err, bufio.ErrBufferFull) {
				return 0, nil
			}
			return 0, err
		}
		switch c := b[n-1]; c {
		case ' ', '\t', '\r', '\n', 0xEF, 0xBB, 0xBF:
			continue
		default:
			return c, nil
		}
	}
}

// jsonArticle is one line of JSON Lines input.
type jsonArticle struct {
	Title  string `json:"title"`
	Date   string `json:"date"`
	Source string `json:"source"`
	URL    string `json:"url"`
	Text   string `json:"text"`
}

// readJSONL reads one article per line, never holding more than one line
// of at most limit bytes.
func readJSONL(name string, br *bufio.Reader, limit int64, fn func(Document, error) error) error {
	var line []byte
	for n := 1; ; n++ {
		input := name + ":" + strconv.Itoa(n)
		line = line[:0]
		tooLong := false
		var err error
		for {
			var chunk []byte
			chunk, err = br.ReadSlice('\n')
			if !tooLong {
				if int64(len(line)+len(chunk)) > limit+1 {
					tooLong = true
					line = line[:0]
				} else {
					line = append(line, chunk...)
				}
			}
			if !errors.Is(err, bufio.ErrBufferFull) {
				break
			}
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("read %s: %w", input, err)
		}
		eof := errors.Is(err, io.EOF)
		var ferr error
		switch {
		case tooLong:
			ferr = fn(Document{Input: input}, &InputError{input, fmt.Sprintf("larger than the limit of %d bytes", limit)})
		case len(bytes.TrimSpace(line)) == 0:
			// blank line: not a document
		default:
			ferr = handleJSONLine(input, n, line, fn)
		}
		if ferr != nil {
			return ferr
		}
		if eof {
			return nil
		}
	}
}

func handleJSONLine(input string, n int, line []byte, fn func(Document, error) error) error {
	line = bytes.TrimSpace(bytes.TrimPrefix(bytes.TrimSpace(line), utf8BOM))
	if len(line) == 0 || line[0] != '{' {
		return fn(Document{Input: input}, &InputError{input, "not a JSON object: a JSON Lines input has one object per line"})
	}
	var a jsonArticle
	if err := json.Unmarshal(line, &a); err != nil {
		return fn(Document{Input: input}, &InputError{input, "malformed JSON: " + err.Error()})
	}
	text, reason := decodeText([]byte(a.Text))
	if reason != "" {
		return fn(Document{Input: input}, &InputError{input, reason})
	}
	return fn(Document{Input: input, Line: n, Text: text, Title: a.Title, Date: a.Date, Source: a.Source, URL: a.URL}, nil)
}

// decodeText checks raw article bytes and returns them as a string without
// BOM; a UTF-16 text with a BOM is decoded. reason is "" when usable.
func decodeText(data []byte) (text, reason string) {
	if len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF) {
		dec := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return "", "not valid UTF-16: " + err.Error()
		}
		data = out
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	switch {
	case len(bytes.TrimSpace(data)) == 0:
		return "", "empty"
	case bytes.IndexByte(data, 0) >= 0:
		return "", "binary data (NUL bytes)"
	case !utf8.Valid(data):
		return "", "not valid UTF-8"
	}
	return string(data), ""
}
