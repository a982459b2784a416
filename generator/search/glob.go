package search

import (
	"os"
	"path"
	"path/filepath"
	"strings"
)

// glob lists the files under site matching pattern (slash-separated,
// relative to site, with filepath.Match's syntax), as paths relative to
// site, in no particular order. Unlike filepath.Glob it does not stat a
// name that has no wildcard (an article page's "index.html"): the caller
// reads every file it is given and treats one that is not there as not
// matched. On this machine a stat costs as much as reading a small page,
// and there is one per article page.
func glob(site, pattern string) ([]string, error) {
	if _, err := path.Match(pattern, ""); err != nil {
		return nil, err
	}
	dirs := []string{""}
	elems := strings.Split(pattern, "/")
	for i, elem := range elems {
		last := i == len(elems)-1
		var next []string
		for _, dir := range dirs {
			if !hasMeta(elem) {
				next = append(next, path.Join(dir, elem))
				continue
			}
			// As filepath.Glob, a folder that cannot be read matches
			// nothing.
			entries, _ := os.ReadDir(filepath.Join(site, filepath.FromSlash(dir)))
			for _, e := range entries {
				if ok, _ := path.Match(elem, e.Name()); ok && (!last || !e.IsDir()) {
					next = append(next, path.Join(dir, e.Name()))
				}
			}
		}
		dirs = next
	}
	return dirs, nil
}

func hasMeta(elem string) bool { return strings.ContainsAny(elem, `*?[\`) }
