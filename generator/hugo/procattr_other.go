//go:build unix && !linux

package hugo

import "syscall"

// procAttr puts Hugo in a process group of its own. Only Linux has a
// parent-death signal: elsewhere a build killed with SIGKILL can leave
// Hugo to finish on its own (Ctrl-C and SIGTERM still take it down).
func procAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true}
}
