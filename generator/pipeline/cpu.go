package pipeline

import (
	"syscall"
	"time"
)

// lap times a build's stages one after another: the wall time and the CPU
// time (user + system) of this process and of the processes it waited
// for, Hugo's and Pagefind's.
type lap struct {
	wall time.Time
	cpu  time.Duration
}

func newLap() lap { return lap{wall: time.Now(), cpu: processCPU()} }

// next puts the wall and CPU seconds since the last call (or newLap) in
// *wall and *cpu, either of which may be nil, and starts the next stage.
func (l *lap) next(wall, cpu *float64) {
	now := newLap()
	if wall != nil {
		*wall = now.wall.Sub(l.wall).Seconds()
	}
	if cpu != nil {
		*cpu = (now.cpu - l.cpu).Seconds()
	}
	*l = now
}

// processCPU is the CPU time of this process and of its children that
// have been waited for; 0 where the system does not say.
func processCPU() time.Duration {
	var self, children syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &self) != nil || syscall.Getrusage(syscall.RUSAGE_CHILDREN, &children) != nil {
		return 0
	}
	return rusageCPU(&self) + rusageCPU(&children)
}

func rusageCPU(ru *syscall.Rusage) time.Duration {
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
