package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress shows how an ingest advances: a bar with count, rate and ETA
// on a terminal, a plain line every few seconds otherwise, or nothing.
type progress struct {
	bar   *progressbar.ProgressBar // nil unless showing a bar
	w     io.Writer                // for lines; nil shows none
	total int                      // -1 when unknown
	done  int
	start time.Time
	last  time.Time
	every time.Duration
}

// newProgress returns the display mode asks for on w ("auto": a bar when
// w is a terminal, else lines). total is -1 when unknown.
func newProgress(mode string, w io.Writer, total int) *progress {
	p := &progress{total: total, start: time.Now(), last: time.Now(), every: 5 * time.Second}
	if mode == "auto" {
		mode = "lines"
		if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			mode = "bar"
		}
	}
	switch mode {
	case "bar":
		p.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(w), progressbar.OptionSetDescription("ingest"),
			progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetItsString("articles"),
			progressbar.OptionSetPredictTime(true), progressbar.OptionThrottle(200*time.Millisecond),
			progressbar.OptionClearOnFinish())
	case "lines":
		p.w = w
	}
	return p
}

// add counts n more articles done.
func (p *progress) add(n int) {
	p.done += n
	switch {
	case p.bar != nil:
		_ = p.bar.Add(n)
	case p.w != nil && time.Since(p.last) >= p.every:
		p.last = time.Now()
		fmt.Fprintln(p.w, p.line())
	}
}

// line describes the progress so far.
func (p *progress) line() string {
	took := time.Since(p.start).Seconds()
	rate := float64(p.done) / took
	if p.total < 0 {
		return fmt.Sprintf("ingest: %d articles, %.1f articles/s", p.done, rate)
	}
	eta := "-"
	if rate > 0 {
		eta = (time.Duration(float64(p.total-p.done)/rate) * time.Second).Round(time.Second).String()
	}
	return fmt.Sprintf("ingest: %d/%d articles, %.1f articles/s, ETA %s", p.done, p.total, rate, eta)
}

// clear removes the bar before another line is printed.
func (p *progress) clear() {
	if p.bar != nil {
		_ = p.bar.Clear()
	}
}

// finish ends the display.
func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
