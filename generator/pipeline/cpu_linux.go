package pipeline

import (
	"runtime"
	"syscall"
	"time"
)

// rusageThread is Linux's RUSAGE_THREAD: the calling thread alone.
const rusageThread = 1

// threadCPU runs f on a thread of its own and returns the CPU time that
// thread spent, that is f's own (not that of goroutines f starts, nor of
// the garbage collector's background work).
func threadCPU(f func()) time.Duration {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var before, after syscall.Rusage
	if syscall.Getrusage(rusageThread, &before) != nil {
		f()
		return 0
	}
	f()
	if syscall.Getrusage(rusageThread, &after) != nil {
		return 0
	}
	return rusageCPU(&after) - rusageCPU(&before)
}
