// Package instance drives the scale bench's own Neo4j server: started and
// stopped with scripts/neo4j, emptied between runs, and watched from the
// outside (transaction-log bytes, checkpoints, CPU time).
//
// It only ever touches the instance named by NEO4J_HOME_DIR, and refuses
// one whose folder name does not contain "bench" or whose ports are the
// project's other instances', so that a bench run cannot wipe someone
// else's data.
package instance

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Instance is one Neo4j server started by scripts/neo4j.
type Instance struct {
	// Root is the repository root (where scripts/neo4j is).
	Root string
	// Home is the instance's folder (NEO4J_HOME_DIR): conf, data, logs.
	Home string
	// Env is the environment scripts/neo4j runs with.
	Env []string
}

// reservedPorts are the ports of the other engineers' instances.
var reservedPorts = []string{"7687", "7688", "7690", "7692", "7474", "7475", "7477", "7479"}

// FromEnv returns the instance that NEO4J_HOME_DIR, NEO4J_URI and
// NEO4J_HTTP_PORT name, run from the repository root root. It refuses an
// instance that may not be the bench's own.
func FromEnv(root string) (*Instance, error) {
	home := os.Getenv("NEO4J_HOME_DIR")
	if home == "" {
		return nil, errors.New("NEO4J_HOME_DIR is not set: the bench wipes its instance, so name one of its own (e.g. .neo4j/bench)")
	}
	home, err := filepath.Abs(home)
	if err != nil {
		return nil, fmt.Errorf("instance folder: %w", err)
	}
	if !strings.Contains(filepath.Base(home), "bench") {
		return nil, fmt.Errorf("NEO4J_HOME_DIR %s: the bench only wipes an instance whose folder name contains \"bench\"", home)
	}
	u, err := url.Parse(os.Getenv("NEO4J_URI"))
	if err != nil || u.Port() == "" {
		return nil, fmt.Errorf("NEO4J_URI %q: want bolt://127.0.0.1:PORT of the bench's own instance", os.Getenv("NEO4J_URI"))
	}
	httpPort := os.Getenv("NEO4J_HTTP_PORT")
	for _, p := range append(reservedPorts, "") {
		if u.Port() == p || httpPort == p {
			return nil, fmt.Errorf("ports bolt %s, http %q: set NEO4J_URI and NEO4J_HTTP_PORT to ports of the bench's own (not %s)",
				u.Port(), httpPort, strings.Join(reservedPorts, ", "))
		}
	}
	if _, err := os.Stat(filepath.Join(root, "scripts", "neo4j")); err != nil {
		return nil, fmt.Errorf("run from the repository root: %w", err)
	}
	return &Instance{Root: root, Home: home, Env: os.Environ()}, nil
}

// script runs scripts/neo4j with the given command.
func (in *Instance) script(ctx context.Context, command string) error {
	cmd := exec.CommandContext(ctx, filepath.Join(in.Root, "scripts", "neo4j"), command)
	cmd.Dir = in.Root
	cmd.Env = in.Env
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("scripts/neo4j %s: %w\n%s", command, err, out)
	}
	return nil
}

// Start starts the instance (nothing when it runs already).
func (in *Instance) Start(ctx context.Context) error { return in.script(ctx, "start") }

// Stop stops the instance if scripts/neo4j started it.
func (in *Instance) Stop(ctx context.Context) error { return in.script(ctx, "stop") }

// Reset stops the instance, deletes its neo4j database (store and
// transaction logs; the system database and the password stay) and the
// corpus marker, and starts it again: Neo4j creates an empty database.
func (in *Instance) Reset(ctx context.Context) error {
	if err := in.Stop(ctx); err != nil {
		return err
	}
	for _, dir := range []string{
		filepath.Join(in.Home, "data", "databases", "neo4j"),
		filepath.Join(in.Home, "data", "transactions", "neo4j"),
		in.markerPath(),
	} {
		if err := os.RemoveAll(dir); err != nil {
			return fmt.Errorf("empty the instance: %w", err)
		}
	}
	return in.Start(ctx)
}

func (in *Instance) markerPath() string { return filepath.Join(in.Home, "bench-corpus") }

// Marker returns what SetMarker last recorded about the database's
// contents ("" when unknown, e.g. after Reset).
func (in *Instance) Marker() string {
	b, err := os.ReadFile(in.markerPath())
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(b))
}

// SetMarker records what the database holds, e.g. "10000 ordered seed 1".
func (in *Instance) SetMarker(what string) error {
	if err := os.WriteFile(in.markerPath(), []byte(what+"\n"), 0o644); err != nil {
		return fmt.Errorf("record the corpus: %w", err)
	}
	return nil
}
