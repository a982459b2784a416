package content

import (
	"io/fs"
	"syscall"
)

// stampOf identifies the version of a file by its size, modification time
// and change time.
func stampOf(st fs.FileInfo) stamp {
	s := stamp{Size: st.Size(), MTime: st.ModTime().UnixNano()}
	if sys, ok := st.Sys().(*syscall.Stat_t); ok {
		s.CTime = sys.Ctim.Nano()
	}
	return s
}
