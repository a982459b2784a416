package main

import (
	"os"
	"runtime/debug"
)

// memoryLimit is the soft limit on the Go memory of the commands that
// ingest (build, ingest, serve), unless GOMEMLIMIT sets another. Ingest
// holds every article of the inbox until it has composed their issues:
// 110 MiB at ten times the BBC corpus (22,250 articles), which with the
// collector's default headroom (GOGC=100) peaked at 243 MiB resident on a
// rebuild, next to issue 17's budget of 256. Held to 192 MiB the same
// rebuild peaks at 205, and a smaller inbox never reaches the limit, so
// it costs nothing there. An inbox whose articles alone come near the
// limit (some fifteen times the corpus) collects more often; set
// GOMEMLIMIT higher (or off) for it.
const memoryLimit = 192 << 20

// limitMemory sets memoryLimit unless the environment sets a limit.
func limitMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
}
