package ingest

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"briefing/generator/internal/issue"
)

// input is one article file found on the command line or in a folder.
type input struct {
	path   string // where to read it
	name   string // how it is reported and recorded (see Options.Base)
	issue  string // from the folder name, if the file sits in a YYYY-MM-DD folder
	weight int    // order within its issue
}

// collect expands paths into article files. Folders are walked for .txt
// and .md files; a symbolic link is followed only while it stays inside
// the folder being walked, so nothing outside the inbox is published.
func collect(paths []string) ([]input, []error) {
	var out []input
	var errs []error
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %v - check the path", p, unwrapPathErr(err)))
			continue
		}
		if !info.IsDir() {
			if !info.Mode().IsRegular() {
				errs = append(errs, fmt.Errorf("%s: not a regular file - give a .txt or .md article", p))
				continue
			}
			out = append(out, input{path: p, issue: issue.Folder(filepath.Dir(p))})
			continue
		}
		root, err := filepath.EvalSymlinks(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %v", p, unwrapPathErr(err)))
			continue
		}
		root, _ = filepath.Abs(root)
		werr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %v - check its permissions", path, unwrapPathErr(err)))
				return nil
			}
			name := d.Name()
			if path != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if !isArticle(name) {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				target, err := filepath.EvalSymlinks(path)
				if err != nil {
					errs = append(errs, fmt.Errorf("%s: broken symbolic link - remove it", path))
					return nil
				}
				target, _ = filepath.Abs(target)
				if !within(root, target) {
					errs = append(errs, fmt.Errorf("%s: symbolic link leads out of the inbox (to %s) - copy the article into the inbox instead", path, target))
					return nil
				}
				if st, err := os.Stat(target); err != nil || !st.Mode().IsRegular() {
					errs = append(errs, fmt.Errorf("%s: symbolic link does not lead to a regular file - remove it", path))
					return nil
				}
			} else if !d.Type().IsRegular() {
				return nil
			}
			out = append(out, input{path: path, issue: issue.Folder(filepath.Dir(path))})
			return nil
		})
		if werr != nil {
			errs = append(errs, fmt.Errorf("%s: %v", p, werr))
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].path < out[j].path })
	// The same file named twice (a folder and a file in it) is one article.
	uniq := out[:0]
	for i, in := range out {
		if i == 0 || in.path != out[i-1].path {
			uniq = append(uniq, in)
		}
	}
	return uniq, errs
}

func isArticle(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".md":
		return true
	}
	return false
}

func within(root, p string) bool {
	rel, err := filepath.Rel(root, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

func unwrapPathErr(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}
