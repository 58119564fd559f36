package schema

import (
	"encoding/json"
	"io"
	"sort"
	"strconv"

	"github.com/graphql-go/graphql"
)

// writer writes one response.
type writer struct {
	o    *ordering
	buf  []byte
	path []byte // response path of the value being written, for typeLog
}

// writeObject writes m, an object of runtime type t selected by p.
func (w *writer) writeObject(m map[string]interface{}, p *plan, t *graphql.Object) {
	w.buf = append(w.buf, '{')
	n := 0
	for _, pf := range p.fields {
		v, ok := m[pf.name]
		if !ok {
			continue
		}
		if n > 0 {
			w.buf = append(w.buf, ',')
		}
		n++
		w.buf = appendString(w.buf, pf.name)
		w.buf = append(w.buf, ':')
		mark := len(w.path)
		w.path = append(append(w.path, '/'), pf.name...)
		w.writeValue(v, pf.typ, pf, -1)
		w.path = w.path[:mark]
	}
	if n < len(m) {
		// Keys the plan does not know (none, unless graphql-go adds
		// some): sorted, after the others.
		w.writeRest(m, p, n)
	}
	w.buf = append(w.buf, '}')
}

// writeRest writes the entries of m missing from p, sorted by key.
func (w *writer) writeRest(m map[string]interface{}, p *plan, n int) {
	var rest []string
	for k := range m {
		if p.find(k) == nil {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	for _, k := range rest {
		if n > 0 {
			w.buf = append(w.buf, ',')
		}
		n++
		w.buf = appendString(w.buf, k)
		w.buf = append(w.buf, ':')
		w.buf = appendAny(w.buf, m[k])
	}
}

// writeValue writes v of type typ, selected by pf. item is v's index in
// the list field pf, or -1.
func (w *writer) writeValue(v interface{}, typ graphql.Type, pf *planField, item int) {
	if v == nil {
		w.buf = append(w.buf, "null"...)
		return
	}
	if nn, ok := typ.(*graphql.NonNull); ok {
		typ = nn.OfType
	}
	switch t := typ.(type) {
	case *graphql.List:
		l, ok := v.([]interface{})
		if !ok {
			w.buf = appendAny(w.buf, v)
			return
		}
		w.buf = append(w.buf, '[')
		for i, x := range l {
			if i > 0 {
				w.buf = append(w.buf, ',')
			}
			w.writeValue(x, t.OfType, pf, i)
		}
		w.buf = append(w.buf, ']')
	case *graphql.Object:
		m, ok := v.(map[string]interface{})
		if !ok {
			w.buf = appendAny(w.buf, v)
			return
		}
		w.writeItem(m, pf, t, item)
	case graphql.Abstract:
		m, ok := v.(map[string]interface{})
		if !ok {
			w.buf = appendAny(w.buf, v)
			return
		}
		rt := w.runtimeType(m, pf, t, item)
		if rt == nil {
			w.buf = appendAny(w.buf, m)
			return
		}
		w.writeItem(m, pf, rt, item)
	default:
		w.buf = appendAny(w.buf, v)
	}
}

// writeItem writes the object m of runtime type t; for a list item its
// index becomes part of the path.
func (w *writer) writeItem(m map[string]interface{}, pf *planField, t *graphql.Object, item int) {
	mark := len(w.path)
	if item >= 0 {
		w.path = strconv.AppendInt(append(w.path, '/'), int64(item), 10)
	}
	w.writeObject(m, w.o.sub(pf, t), t)
	w.path = w.path[:mark]
}

// runtimeType is the type logged for the value at the current path (the
// item-th of a list field); else the one its __typename names; else the
// first possible type of abstract whose selection has exactly m's keys.
func (w *writer) runtimeType(m map[string]interface{}, pf *planField, abstract graphql.Abstract, item int) *graphql.Object {
	if item < 0 {
		item = 0
	}
	if t := w.o.types.lookup(w.path, item); t != nil {
		return t
	}
	if name, ok := m["__typename"].(string); ok {
		if t, ok := w.o.schema.Type(name).(*graphql.Object); ok {
			return t
		}
	}
	for _, t := range w.o.schema.PossibleTypes(abstract) {
		p := w.o.sub(pf, t)
		n := 0
		for _, f := range p.fields {
			if _, ok := m[f.name]; ok {
				n++
			}
		}
		if n == len(m) && n == len(p.fields) {
			return t
		}
	}
	return nil
}

// marshalData writes the data of an executed request in query order.
func (o *ordering) marshalData(buf []byte, data interface{}) []byte {
	m, ok := data.(map[string]interface{})
	if !ok || o == nil {
		return appendAny(buf, data)
	}
	p, root := o.rootPlan()
	w := &writer{o: o, buf: buf, path: make([]byte, 0, 64)}
	w.writeObject(m, p, root)
	return w.buf
}

// MarshalJSON encodes the response as GraphQL over HTTP sends it: for an
// executed request, data with every object's fields in the order the
// query selected them (see the GraphQL specification, CollectFields),
// then errors and extensions when there are any; for a request refused
// before execution, errors alone. r.Data itself stays graphql-go's maps,
// for callers in the same process. Strings are not HTML-escaped (as by
// an Encoder with SetEscapeHTML(false)); encoding/json escapes them when
// it calls MarshalJSON with HTML escaping on.
func (r *Result) MarshalJSON() ([]byte, error) { return r.AppendJSON(make([]byte, 0, 1024)) }

// WriteTo writes the response as MarshalJSON encodes it, followed by a
// newline as json.Encoder writes one. It spares encoding/json's second
// pass over the bytes of a Marshaler (its validation and compaction).
func (r *Result) WriteTo(w io.Writer) (int64, error) {
	b, err := r.AppendJSON(make([]byte, 0, 1024))
	if err != nil {
		return 0, err
	}
	n, err := w.Write(append(b, '\n'))
	return int64(n), err
}

// AppendJSON appends the response as MarshalJSON encodes it to buf.
func (r *Result) AppendJSON(buf []byte) ([]byte, error) {
	buf = append(buf, '{')
	sep := false
	if r.Executed && r.Result != nil {
		buf = append(buf, `"data":`...)
		buf = r.order.marshalData(buf, r.Data)
		sep = true
	}
	if r.Result != nil && len(r.Errors) > 0 {
		b, err := json.Marshal(r.Errors)
		if err != nil {
			return nil, err
		}
		if sep {
			buf = append(buf, ',')
		}
		buf = append(append(buf, `"errors":`...), b...)
		sep = true
	}
	if r.Result != nil && len(r.Extensions) > 0 {
		b, err := json.Marshal(r.Extensions)
		if err != nil {
			return nil, err
		}
		if sep {
			buf = append(buf, ',')
		}
		buf = append(append(buf, `"extensions":`...), b...)
	}
	return append(buf, '}'), nil
}
