package hugo

import "syscall"

// procAttr puts Hugo in a process group of its own and has the kernel send
// it SIGKILL when the build dies, even of SIGKILL.
func procAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}
