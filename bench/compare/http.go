package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/valyala/fasthttp"

	"github.com/bilateral-kg/bilateral/bench/queries"
)

// post sends query to a GraphQL endpoint and returns the body; an answer
// that is not 200 or carries errors is an error. fasthttp's client is
// used for the reason cmd/loadgen uses it: it adds less per request than
// net/http's, so the figures are the servers'.
func post(c *fasthttp.Client, url, query string) ([]byte, error) {
	body, _ := json.Marshal(map[string]string{"query": query})
	req, resp := fasthttp.AcquireRequest(), fasthttp.AcquireResponse()
	defer fasthttp.ReleaseRequest(req)
	defer fasthttp.ReleaseResponse(resp)
	req.SetRequestURI(url)
	req.Header.SetMethod(fasthttp.MethodPost)
	req.Header.SetContentType("application/json")
	req.SetBody(body)
	if err := c.DoTimeout(req, resp, 30*time.Second); err != nil {
		return nil, err
	}
	b := resp.Body()
	if resp.StatusCode() != fasthttp.StatusOK || bytes.Contains(b, []byte(`"errors"`)) {
		return nil, fmt.Errorf("status %d: %.300s", resp.StatusCode(), b)
	}
	return append([]byte(nil), b...), nil
}

// checkAnswers sends every request to both sides once and prints whether
// they answer with the same keys (the values of every "key" field) in the
// same order.
func checkAnswers(c *fasthttp.Client, o options, qs []queries.Query) error {
	fmt.Println("answers (keys of the nodes returned, in order):")
	for _, q := range qs {
		a, err := post(c, o.api, q.API)
		if err != nil {
			return fmt.Errorf("api %s: %w", q.Name, err)
		}
		p, err := post(c, o.peer, q.Peer)
		if err != nil {
			return fmt.Errorf("peer %s: %w", q.Name, err)
		}
		ka, kp := keys(a), keys(p)
		verdict := "same"
		if !slices.Equal(ka, kp) {
			verdict = fmt.Sprintf("DIFFERENT\n      api  %v\n      peer %v", ka, kp)
		}
		fmt.Printf("  %-20s %2d keys: %s\n", q.Name, len(ka), verdict)
	}
	return nil
}

// keys returns the string values of every "key" field of a JSON
// document, in document order.
func keys(doc []byte) []string {
	dec := json.NewDecoder(bytes.NewReader(doc))
	var out []string
	wantValue := false
	depthObj := []bool{} // for each open container: is it an object?
	expectKey := false
	for {
		tok, err := dec.Token()
		if err != nil { // io.EOF at the end
			return out
		}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{':
				depthObj = append(depthObj, true)
				expectKey = true
			case '[':
				depthObj = append(depthObj, false)
				expectKey = false
			default:
				depthObj = depthObj[:len(depthObj)-1]
				expectKey = len(depthObj) > 0 && depthObj[len(depthObj)-1]
			}
			wantValue = false
			continue
		case string:
			if expectKey {
				wantValue = t == "key"
				expectKey = false
				continue
			}
			if wantValue {
				out = append(out, t)
			}
		}
		wantValue = false
		expectKey = len(depthObj) > 0 && depthObj[len(depthObj)-1]
	}
}
