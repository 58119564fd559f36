package instance

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// TxLog is the state of the database's transaction log folder.
type TxLog struct {
	// Bytes is the size of every neostore.transaction.db.* file. The
	// bench runs Neo4j with db.tx_log.preallocate=false and a retention
	// policy that keeps every file, so that it is every byte written.
	Bytes int64
	// Files is how many log files there are: one more per rotation.
	Files int
}

// TxLog reads the transaction log folder of the neo4j database.
func (in *Instance) TxLog() (TxLog, error) {
	files, err := filepath.Glob(filepath.Join(in.Home, "data", "transactions", "neo4j", "neostore.transaction.db.*"))
	if err != nil {
		return TxLog{}, fmt.Errorf("list transaction logs: %w", err)
	}
	var t TxLog
	for _, f := range files {
		st, err := os.Stat(f)
		if err != nil {
			continue // pruned meanwhile
		}
		t.Bytes += st.Size()
		t.Files++
	}
	return t, nil
}

// Checkpoints counts the completed checkpoints in the instance's debug
// log (every checkpoint since the log was started).
func (in *Instance) Checkpoints() (int, error) {
	f, err := os.Open(filepath.Join(in.Home, "logs", "debug.log"))
	if err != nil {
		return 0, fmt.Errorf("read debug log: %w", err)
	}
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if strings.Contains(sc.Text(), "checkpoint completed in") {
			n++
		}
	}
	return n, sc.Err()
}

// PID returns the server's process id, from the pid file scripts/neo4j
// writes.
func (in *Instance) PID() (int, error) {
	b, err := os.ReadFile(filepath.Join(in.Home, "launcher.pid"))
	if err != nil {
		return 0, fmt.Errorf("read pid file: %w", err)
	}
	return strconv.Atoi(strings.TrimSpace(string(b)))
}

// CPUSeconds returns the user and system CPU time the server has used.
func (in *Instance) CPUSeconds() (float64, error) {
	pid, err := in.PID()
	if err != nil {
		return 0, err
	}
	return ProcessCPUSeconds(pid)
}

// ProcessCPUSeconds returns the user and system CPU time of process pid,
// from /proc (Linux).
func ProcessCPUSeconds(pid int) (float64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, fmt.Errorf("read process stat: %w", err)
	}
	// The command name may hold spaces; fields start after its ")".
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(f) < 13 {
		return 0, fmt.Errorf("process stat of %d: too few fields", pid)
	}
	utime, _ := strconv.ParseFloat(f[11], 64)
	stime, _ := strconv.ParseFloat(f[12], 64)
	return (utime + stime) / 100, nil // USER_HZ is 100 on Linux
}

// SelfCPUSeconds returns the CPU time this process has used.
func SelfCPUSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

// LoadAverage returns the one-minute load average of the machine.
func LoadAverage() float64 {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return 0
	}
	v, _ := strconv.ParseFloat(f[0], 64)
	return v
}
