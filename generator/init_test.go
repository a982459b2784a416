package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// maxInitBytes bounds what the program's package initialisation may
// allocate, before any command runs. Every command pays it, `send` and
// `help` included. go-dateparser's locale tables took about 85 MB
// (and a second of CPU) until go.mod replaced it with the small parser in
// internal/third_party/dateparser; everything else takes about 5 MB.
const maxInitBytes = 16 << 20

// TestInitAllocations runs `briefing help` with the runtime tracing each
// package's initialisation and sums what they allocate: a dependency
// that builds big tables when the program starts fails it, by name.
func TestInitAllocations(t *testing.T) {
	args, err := json.Marshal([]string{"help"})
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), mainEnv+"="+string(args), "GODEBUG=inittrace=1")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("briefing help: %v\n%s", err, stderr.String())
	}
	total, pkgs := initAllocations(stderr.String())
	if len(pkgs) == 0 {
		t.Fatalf("no package initialisation traced (GODEBUG=inittrace=1):\n%s", stderr.String())
	}
	sort.Slice(pkgs, func(i, j int) bool { return pkgs[i].bytes > pkgs[j].bytes })
	var top []string
	for _, p := range pkgs[:min(5, len(pkgs))] {
		top = append(top, fmt.Sprintf("%s %.1f MB", p.name, float64(p.bytes)/(1<<20)))
	}
	t.Logf("package initialisation allocates %.1f MB in %d packages; most: %s",
		float64(total)/(1<<20), len(pkgs), strings.Join(top, ", "))
	if total > maxInitBytes {
		t.Errorf("package initialisation allocates %.1f MB, want at most %.0f MB; most: %s",
			float64(total)/(1<<20), float64(maxInitBytes)/(1<<20), strings.Join(top, ", "))
	}
}

type initCost struct {
	name  string
	bytes int64
}

// initAllocations reads the runtime's inittrace lines,
//
//	init net/http @2.1 ms, 0.17 ms clock, 8232 bytes, 97 allocs
//
// giving the total bytes and each package's.
func initAllocations(trace string) (int64, []initCost) {
	var total int64
	var pkgs []initCost
	for _, line := range strings.Split(trace, "\n") {
		f := strings.Fields(line)
		if len(f) < 11 || f[0] != "init" || f[8] != "bytes," {
			continue
		}
		n, err := strconv.ParseInt(f[7], 10, 64)
		if err != nil {
			continue
		}
		total += n
		pkgs = append(pkgs, initCost{f[1], n})
	}
	return total, pkgs
}
