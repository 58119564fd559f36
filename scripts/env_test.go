// Package scripts_test checks the shell scripts of scripts/: .env never
// overrides the environment.
package scripts_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/joho/godotenv"
)

// dotenv is a .env with every form that load_env reads.
const dotenv = "# a comment\n" +
	"\n" +
	"PLAIN=from-file\n" +
	"REAL=from-file\n" +
	"EMPTY_REAL=from-file\n" +
	"export EXPORTED=exported\n" +
	"DOUBLE=\"two words\"\n" +
	"SINGLE='it is # not a comment'\n" +
	"COMMENTED=value # a comment\n" +
	"SPACED =  padded  \n" +
	"URL=bolt://127.0.0.1:7687/db?a=b\n" +
	"CRLF=windows\r\n" +
	"EMPTY=\n" +
	"_env_name=a name the helper uses itself\n" +
	"LAST=no newline"

// TestLoadEnv sources scripts/lib/env.sh in bash with an environment that
// sets some of the .env's variables (one to an empty value), and checks
// that the environment wins and that the others get the file's values,
// the ones godotenv (the Go programs' loader) reads from the same file.
func TestLoadEnv(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Fatalf("bash: %v", err)
	}
	file := filepath.Join(t.TempDir(), ".env")
	if err := os.WriteFile(file, []byte(dotenv), 0o644); err != nil {
		t.Fatal(err)
	}
	goValues, err := godotenv.Read(file)
	if err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"REAL": "from-environment", "EMPTY_REAL": ""}
	cases := []struct{ name, want string }{
		{"PLAIN", "from-file"},
		{"REAL", "from-environment"},
		{"EMPTY_REAL", ""},
		{"EXPORTED", "exported"},
		{"DOUBLE", "two words"},
		{"SINGLE", "it is # not a comment"},
		{"COMMENTED", "value"},
		{"SPACED", "padded"},
		{"URL", "bolt://127.0.0.1:7687/db?a=b"},
		{"CRLF", "windows"},
		{"EMPTY", ""},
		{"_env_name", "<unset>"}, // load_env's own names are not read
		{"LAST", "no newline"},
		{"UNKNOWN", "<unset>"},
	}
	var script strings.Builder
	script.WriteString(`set -euo pipefail; . "$1"; load_env "$2"; load_env "$2.missing"` + "\n")
	for _, c := range cases {
		// Print from a child process: only exported variables reach it.
		script.WriteString(`bash -c 'printf "%s\n" "${` + c.name + `-<unset>}"'` + "\n")
	}
	cmd := exec.Command(bash, "-c", script.String(), "bash", filepath.Join("lib", "env.sh"), file)
	cmd.Env = []string{"PATH=" + os.Getenv("PATH")}
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("bash: %v: %s", err, out)
	}
	got := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(got) != len(cases) {
		t.Fatalf("%d lines, want %d: %q", len(got), len(cases), out)
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got[i] != c.want {
				t.Errorf("load_env: %s=%q, want %q", c.name, got[i], c.want)
			}
			// Where the environment does not set it, both loaders agree.
			if _, inEnv := env[c.name]; !inEnv && c.want != "<unset>" && goValues[c.name] != c.want {
				t.Errorf("godotenv reads %s=%q from the same file, load_env %q", c.name, goValues[c.name], c.want)
			}
		})
	}
}

// TestScriptsUseLoadEnv checks that the scripts that read .env read it
// through load_env, and that none sources it as a shell script, which
// would override the environment.
func TestScriptsUseLoadEnv(t *testing.T) {
	sourced := regexp.MustCompile(`(?m)^[^#\n]*(\.|source)\s+["']?(\./|\$root/)?\.env\b`)
	for _, name := range []string{"run", "neo4j", "test"} {
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			text := string(b)
			if !strings.Contains(text, "lib/env.sh") || !regexp.MustCompile(`(?m)^\s*load_env\s`).MatchString(text) {
				t.Errorf("scripts/%s does not load .env with lib/env.sh's load_env", name)
			}
			if m := sourced.FindString(text); m != "" {
				t.Errorf("scripts/%s sources .env, which overrides the environment: %q", name, m)
			}
		})
	}
}
