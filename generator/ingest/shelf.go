package ingest

import (
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"briefing/generator/content"
	"briefing/generator/internal/parallel"
)

// shelf is what one issue's content folder already holds: the head of
// every article file, looked up by the input it was computed from and by
// where it came from. It is how an article keeps its page when its file
// is renamed or moved, or its text changes, and how a build knows which
// addresses of a .urls list it already has.
type shelf struct {
	heads    map[string]*content.Head // path -> head, every *.md but _index.md
	byInput  map[string][]string      // input hash -> paths of generated files
	bySource map[string][]string      // source "\x00" key -> paths
}

// shelves are the shelves of the issues a run touches, read once each.
type shelves struct {
	out string
	mu  sync.Mutex
	m   map[string]*shelf
}

func newShelves(out string) *shelves {
	return &shelves{out: out, m: map[string]*shelf{}}
}

// get returns the shelf of issue id, reading it the first time.
func (s *shelves) get(id string, workers int) (*shelf, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if sh, ok := s.m[id]; ok {
		return sh, nil
	}
	sh, err := readShelf(filepath.Join(s.out, "issues", id), workers)
	if err != nil {
		return nil, err
	}
	s.m[id] = sh
	return sh, nil
}

// known returns the shelf of issue id if it has been read.
func (s *shelves) known(id string) *shelf {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.m[id]
}

func readShelf(dir string, workers int) (*shelf, error) {
	sh := &shelf{heads: map[string]*content.Head{}, byInput: map[string][]string{}, bySource: map[string][]string{}}
	files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	files = filesOnly(files)
	heads := make([]*content.Head, len(files))
	errs := make([]error, len(files))
	parallel.For(len(files), workers, func(i int) {
		heads[i], errs[i] = content.Peek(files[i])
	})
	for i, f := range files {
		if errs[i] != nil {
			return nil, errs[i]
		}
		h := heads[i]
		if h == nil {
			continue // gone meanwhile
		}
		sh.heads[f] = h
		if h.Generated && h.Input != "" {
			sh.byInput[h.Input] = append(sh.byInput[h.Input], f)
		}
		if h.Source != "" {
			k := sourceKey(h.Source, h.Key)
			sh.bySource[k] = append(sh.bySource[k], f)
		}
	}
	return sh, nil
}

// filesOnly drops the issue's own page from a list of its content files.
func filesOnly(files []string) []string {
	out := files[:0]
	for _, f := range files {
		if filepath.Base(f) != "_index.md" {
			out = append(out, f)
		}
	}
	sort.Strings(out)
	return out
}

func sourceKey(source, key string) string { return source + "\x00" + key }

// has reports whether the shelf holds an article read from source under
// key, or under a key within it (the items of a feed listed at the
// address key).
func (sh *shelf) has(source, key string) bool {
	return len(sh.within(source, key)) > 0
}

// within lists the generated files read from source whose key is key or
// starts with key and a space, in their order in the issue (by weight).
func (sh *shelf) within(source, key string) []string {
	var out []string
	for _, p := range sh.bySource[sourceKey(source, key)] {
		if sh.heads[p].Generated {
			out = append(out, p)
		}
	}
	prefix := sourceKey(source, key+" ")
	for k, ps := range sh.bySource {
		if strings.HasPrefix(k, prefix) {
			for _, p := range ps {
				if sh.heads[p].Generated {
					out = append(out, p)
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := sh.heads[out[i]], sh.heads[out[j]]
		if a.Weight != b.Weight {
			return a.Weight < b.Weight
		}
		return out[i] < out[j]
	})
	return out
}

// own lists the generated files read before from the article's own file
// and key; for an article not fetched again, its file.
func (sh *shelf) own(it *item) []string {
	if it.reused {
		return []string{it.path}
	}
	if sh == nil {
		return nil
	}
	var out []string
	for _, p := range sh.bySource[sourceKey(filepath.ToSlash(it.in.name), it.key)] {
		if sh.heads[p].Generated {
			out = append(out, p)
		}
	}
	return out
}

// standing says how surely an article already has a page: 2 when one was
// read from its own file and key, 1 when one recorded its input (the file
// was renamed, or copied), 0 for a new article. Of the copies of a story,
// the one with a page keeps it.
func (sh *shelf) standing(it *item) int {
	switch {
	case len(sh.own(it)) > 0:
		return 2
	case sh != nil && len(sh.byInput[it.hash]) > 0:
		return 1
	}
	return 0
}
