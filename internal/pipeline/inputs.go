package pipeline

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/bilateral-kg/bilateral/extract"
)

// articleExts are the file endings read when walking a directory; a file
// named on the command line is read whatever its ending.
var articleExts = map[string]bool{".txt": true, ".text": true, ".md": true, ".markdown": true, ".jsonl": true, ".ndjson": true}

// ReadInputs reads every path in order: "-" is stdin, a directory is
// walked recursively in name order (skipping hidden entries, files with
// other endings, and README/LICENSE-like files), anything else is a file.
// Each document goes to handle, with its *extract.InputError when it is not
// an article; a path that cannot be opened goes to bad and the walk
// continues. It returns the first error handle returns.
func ReadInputs(paths []string, stdin io.Reader, limit int64, handle func(extract.Document, error) error, bad func(error)) error {
	for _, p := range paths {
		if p == "-" {
			if err := extract.Read("stdin", stdin, limit, handle); err != nil {
				return err
			}
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			bad(fmt.Errorf("%s: %w", p, unwrapPath(err)))
			continue
		}
		if !info.IsDir() {
			if err := readFile(p, limit, handle, bad); err != nil {
				return err
			}
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				bad(fmt.Errorf("%s: %w", path, unwrapPath(err)))
				return nil
			}
			hidden := path != p && strings.HasPrefix(d.Name(), ".")
			switch {
			case d.IsDir() && hidden:
				return filepath.SkipDir
			case d.IsDir() || hidden || !d.Type().IsRegular() || !articleExts[strings.ToLower(filepath.Ext(path))] || notArticle(d.Name()):
				return nil
			}
			return readFile(path, limit, handle, bad)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// notArticle reports whether a file found in a directory is the folder's
// documentation (README.md, LICENSE.txt, ...) rather than an article.
func notArticle(name string) bool {
	base := strings.ToUpper(strings.TrimSuffix(name, filepath.Ext(name)))
	switch base {
	case "README", "LICENSE", "LICENCE", "CHANGELOG", "NOTICE", "SOURCES", "CONTRIBUTING":
		return true
	}
	return false
}

func readFile(path string, limit int64, handle func(extract.Document, error) error, bad func(error)) error {
	f, err := os.Open(path)
	if err != nil {
		bad(fmt.Errorf("%s: %w", path, unwrapPath(err)))
		return nil
	}
	defer f.Close()
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = ""
	}
	return extract.Read(path, f, limit, func(d extract.Document, err error) error {
		if d.Line == 0 {
			d.File = abs
		}
		return handle(d, err)
	})
}

// unwrapPath drops the *fs.PathError wrapper, whose text repeats the path.
func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// CountInputs returns how many documents ReadInputs will find under paths
// (JSON Lines files count their non-blank lines), or -1 when that cannot
// be known beforehand (stdin). Unreadable paths count as one each.
func CountInputs(paths []string) int {
	n := 0
	for _, p := range paths {
		if p == "-" {
			return -1
		}
		info, err := os.Stat(p)
		if err != nil || !info.IsDir() {
			n += countFile(p)
			continue
		}
		_ = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			hidden := path != p && strings.HasPrefix(d.Name(), ".")
			switch {
			case err != nil:
				n++
			case d.IsDir() && hidden:
				return filepath.SkipDir
			case d.IsDir() || hidden || !d.Type().IsRegular() || !articleExts[strings.ToLower(filepath.Ext(path))] || notArticle(d.Name()):
			default:
				n += countFile(path)
			}
			return nil
		})
	}
	return n
}

// countFile counts the documents of one file: the non-blank lines of a
// JSON Lines file, else one.
func countFile(path string) int {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl", ".ndjson":
	default:
		return 1
	}
	f, err := os.Open(path)
	if err != nil {
		return 1
	}
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 64<<20)
	for sc.Scan() {
		if len(bytes.TrimSpace(sc.Bytes())) > 0 {
			n++
		}
	}
	return n
}
