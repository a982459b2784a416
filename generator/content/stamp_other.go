//go:build !linux

package content

import "io/fs"

// stampOf identifies the version of a file by its size and modification
// time.
func stampOf(st fs.FileInfo) stamp {
	return stamp{Size: st.Size(), MTime: st.ModTime().UnixNano()}
}
