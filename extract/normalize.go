package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"
)

// meta is the article metadata found in header lines or front matter.
type meta struct {
	title, date, source, url string
	// warnings say what could not be read ("front matter is not valid
	// YAML: ..."); the body is read all the same.
	warnings []string
}

// found reports whether any field was read.
func (m meta) found() bool { return m.title != "" || m.date != "" || m.source != "" || m.url != "" }

var (
	headerLine = regexp.MustCompile(`(?i)^\s*(date|title|source|url)\s*[:=]?\s+(.*?)\s*$`)
	headerDate = regexp.MustCompile(`(?i)^\s*date\s*[:=]?\s*(\d{4}-\d{2}-\d{2})\b[ \t]*`)
)

// normalise strips a BOM, turns CRLF and CR into LF, and removes YAML front
// matter or leading header lines, returning the body all offsets refer to
// and the metadata found.
func normalise(raw string) (string, meta) {
	s := strings.TrimPrefix(raw, "\uFEFF")
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	var m meta
	if body, ok := frontMatter(s, &m); ok {
		return strings.TrimSpace(body), m
	}
	for {
		line, rest, _ := strings.Cut(s, "\n")
		if strings.TrimSpace(line) == "" && rest != "" && m.found() {
			s = rest
			continue
		}
		if loc := headerDate.FindStringSubmatchIndex(line); loc != nil {
			m.date = line[loc[2]:loc[3]]
			if tail := line[loc[1]:]; strings.TrimSpace(tail) != "" {
				s = tail + "\n" + rest // the body starts on the header's line
				break
			}
			s = rest
			continue
		}
		sm := headerLine.FindStringSubmatch(line)
		if sm == nil || !strings.Contains(line, ":") {
			break
		}
		switch strings.ToLower(sm[1]) {
		case "title":
			m.title = sm[2]
		case "source":
			m.source = sm[2]
		case "url":
			m.url = sm[2]
		case "date":
			m.date = sm[2]
		}
		s = rest
	}
	return strings.TrimSpace(s), m
}

// frontMatter parses a leading "---" YAML block into m and returns the
// body. Front matter that cannot be read adds a warning to m: a block
// without its closing "---" line is left in the body, a block that is not
// a YAML mapping is dropped from it.
func frontMatter(s string, m *meta) (string, bool) {
	if !strings.HasPrefix(s, "---\n") {
		return "", false
	}
	end := strings.Index(s[4:], "\n---")
	if end < 0 {
		m.warnings = append(m.warnings, "front matter has no closing '---' line: read as text")
		return "", false
	}
	block := s[4 : 4+end]
	body := s[4+end+4:]
	if i := strings.IndexByte(body, '\n'); i >= 0 {
		body = body[i+1:]
	} else {
		body = ""
	}
	var fm map[string]any
	if err := yaml.Unmarshal([]byte(block), &fm); err != nil {
		m.warnings = append(m.warnings, "front matter is not a valid YAML mapping, its fields are ignored: "+yamlReason(err))
		return body, true
	}
	m.title = scalar(fm["title"])
	m.date = scalar(fm["date"])
	m.source = scalar(fm["source"])
	m.url = scalar(fm["url"])
	if len(m.date) > 10 {
		m.date = m.date[:10]
	}
	return body, true
}

// yamlReason returns the YAML parser's message on one line, without its
// "yaml: " prefix.
func yamlReason(err error) string {
	msg := strings.Join(strings.Fields(err.Error()), " ")
	return strings.TrimPrefix(msg, "yaml: ")
}

// scalar renders a YAML scalar as a string ("" for anything else).
func scalar(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case nil:
		return ""
	case map[string]any, []any:
		return ""
	default:
		if t, ok := x.(interface{ Format(string) string }); ok {
			return t.Format("2006-01-02")
		}
		return strings.TrimSpace(strings.TrimSpace(strings.Trim(strings.TrimSpace(toString(x)), `"`)))
	}
}

func toString(v any) string {
	b, err := yaml.Marshal(v)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(b))
}

// articleID returns the first 16 hex digits of the SHA-256 of text.
func articleID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:8])
}
