package extract_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/bilateral-kg/bilateral/extract"
)

func addSeeds(f *testing.F) {
	f.Add([]byte("date 2025-08-30\nASTANA – Kazakh President Kassym-Jomart Tokayev met Chinese President Xi Jinping on Aug. 30."))
	f.Add([]byte("{\"text\":\"Hello\"}\n{bad\n"))
	f.Add([]byte("---\ntitle: x\n---\nBody"))
	f.Add([]byte("\uFEFF\r\nPresident of France met the Prime Minister of India. Trade reached $5 bn in 2024."))
	files, _ := filepath.Glob("testdata/*.txt")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
}

// FuzzRead checks that Read never panics and that every document it
// accepts is valid UTF-8 text.
func FuzzRead(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		err := extract.Read("fuzz", bytes.NewReader(data), 1<<16, func(d extract.Document, err error) error {
			if err == nil && d.Text == "" {
				t.Fatal("accepted an empty document")
			}
			return nil
		})
		if err != nil {
			t.Fatalf("Read: %v", err)
		}
	})
}

// FuzzExtract checks that Extract never panics and that its output is
// always schema-valid with offsets inside the text.
func FuzzExtract(f *testing.F) {
	addSeeds(f)
	x, err := extract.New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		out, err := x.Extract(extract.Document{Input: "fuzz", Text: string(data)})
		if err != nil {
			return
		}
		checkOutput(t, "fuzz", out)
	})
}
