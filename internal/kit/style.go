package kit

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode"
)

// GrassToJSON converts GraSS to the JSON object Browser keeps a style as
// (selector → property → value, rules in their order), on one line. It
// reads GraSS as Browser does: a selector, then properties "name: value"
// separated by semicolons between braces, quotes around a value dropped.
// Quotes are kept in the text they enclose (braces there are text) and
// dropped from values. It fails on text after the last rule, an unclosed
// rule, a property without exactly one colon, and an empty selector or
// one given twice.
func GrassToJSON(grass []byte) ([]byte, error) {
	var rules []grassRule
	var sel, body strings.Builder
	inQuote, inRule := false, false
	for _, c := range string(grass) {
		switch {
		case c == '\'' || c == '"':
			inQuote = !inQuote
		case c == '{' && !inQuote && !inRule:
			inRule = true
			continue
		case c == '}' && !inQuote && inRule:
			rules = append(rules, grassRule{selector: sel.String(), body: body.String()})
			sel.Reset()
			body.Reset()
			inRule = false
			continue
		}
		switch {
		case inRule:
			body.WriteRune(c)
		case !unicode.IsSpace(c):
			sel.WriteRune(c)
		}
	}
	if inRule {
		return nil, fmt.Errorf("rule %q is not closed", sel.String())
	}
	if sel.Len() > 0 {
		return nil, fmt.Errorf("text after the last rule: %q", sel.String())
	}
	var b bytes.Buffer
	b.WriteByte('{')
	seen := map[string]bool{}
	for i, r := range rules {
		if r.selector == "" || seen[r.selector] {
			return nil, fmt.Errorf("rule %d: selector %q is empty or given twice", i+1, r.selector)
		}
		seen[r.selector] = true
		if i > 0 {
			b.WriteByte(',')
		}
		writeJSONString(&b, r.selector)
		b.WriteString(":{")
		props := 0
		for _, decl := range strings.Split(r.body, ";") {
			if strings.TrimSpace(decl) == "" {
				continue
			}
			parts := strings.Split(decl, ":")
			if len(parts) != 2 {
				return nil, fmt.Errorf("rule %s: %q is not one name: value", r.selector, strings.TrimSpace(decl))
			}
			if props > 0 {
				b.WriteByte(',')
			}
			props++
			writeJSONString(&b, strings.TrimSpace(parts[0]))
			b.WriteByte(':')
			writeJSONString(&b, strings.Trim(strings.TrimSpace(parts[1]), `'"`))
		}
		b.WriteByte('}')
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// grassRule is one rule of GraSS as written: its selector (without
// spaces) and the text between its braces.
type grassRule struct{ selector, body string }

// writeJSONString writes s as a JSON string, leaving <, > and & as they
// are ("<type>" stays readable in neo4j.conf).
func writeJSONString(b *bytes.Buffer, s string) {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)       // a string always encodes
	b.Truncate(b.Len() - 1) // Encode's newline
}
