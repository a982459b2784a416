package ingest

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"briefing/generator/internal/issue"
	"briefing/generator/source/sniff"
)

// input is one file found on the command line or in a folder, or an
// address given on the command line. It may hold several articles (a
// feed, a .urls list).
type input struct {
	path  string // where to read it; the address itself for a URL
	name  string // how it is reported and recorded (see Options.Base)
	issue string // from the folder name, if the file sits in a YYYY-MM-DD folder
	url   bool   // path is an http(s) address to fetch
	named bool   // given by name, not found by walking a folder
}

// collect expands paths into inputs. Folders are walked for every file:
// what is not an article the generator can read is reported when read,
// never skipped without a word. Hidden files and folders are skipped (as
// READMEs are when read), and so are the folders of saved web pages'
// images and scripts ("Story_files" beside "Story.html"). A symbolic
// link is followed only while it stays inside the folder being walked,
// so nothing outside the inbox is published. An argument that starts
// with http:// or https:// is an address to fetch.
func collect(paths []string) ([]input, []error) {
	var out []input
	var errs []error
	for _, p := range paths {
		if isURL(p) {
			out = append(out, input{path: p, url: true, named: true})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			hint := "check the path"
			if strings.Contains(p, "://") || strings.HasPrefix(p, "www.") {
				hint = "give a web address in full, starting with https://"
			}
			errs = append(errs, fmt.Errorf("%s: %v - %s", p, unwrapPathErr(err), hint))
			continue
		}
		if !info.IsDir() {
			if !info.Mode().IsRegular() {
				errs = append(errs, fmt.Errorf("%s: not a regular file - give an article file, a folder of them or an http(s) address", p))
				continue
			}
			out = append(out, input{path: p, issue: issue.Folder(filepath.Dir(p)), named: true})
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
				if path != p && sniff.AssetFolder(path) {
					return filepath.SkipDir
				}
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
				errs = append(errs, fmt.Errorf("%s: not a regular file (a pipe, socket or device) - move it out of the inbox", path))
				return nil
			}
			out = append(out, input{path: path, issue: issue.Folder(filepath.Dir(path))})
			return nil
		})
		if werr != nil {
			errs = append(errs, fmt.Errorf("%s: %v", p, werr))
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].path < out[j].path })
	// The same file named twice (a folder and a file in it) is one input.
	uniq := out[:0]
	for i, in := range out {
		if i == 0 || in.path != out[i-1].path {
			uniq = append(uniq, in)
		} else if in.named {
			uniq[len(uniq)-1].named = true
		}
	}
	return uniq, errs
}

// isURL reports whether a command-line argument is a web address.
func isURL(p string) bool {
	l := strings.ToLower(p)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
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
