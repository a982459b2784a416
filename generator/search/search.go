package search

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"

	"briefing/generator/internal/fsx"
	"briefing/generator/internal/parallel"
	"briefing/generator/minify"
)

// Options say what to index; the zero value of each field but Site has a
// sensible meaning.
type Options struct {
	// Site is the minified site to index in place (the build's staging
	// folder); the index goes into its Bundle folder.
	Site string
	// Previous is the last published site, whose unchanged shards are
	// reused; "" indexes everything.
	Previous string
	// Pages is the glob, relative to Site, of the pages to index, whose
	// paths sort in the order they are published (an issue's folder is
	// named by its date); "" means DefaultPages. The pages say what to
	// index with data-pagefind-* attributes.
	Pages string
	// Tools is the folder Pagefind is installed into with npm the first
	// time; "" never installs.
	Tools string
	// Jobs is how many Pagefind processes a full build runs at once;
	// 0 means one per CPU.
	Jobs int
	// Log receives the one line said when Pagefind is being installed.
	Log io.Writer
}

// Bundle is the folder of the site that holds the index and the search
// code; Manifest, inside it, lists the shards.
const (
	Bundle   = "pagefind"
	Manifest = "shards.json"
)

// DefaultPages are the pages indexed when Options.Pages is "": the
// briefing's article pages.
const DefaultPages = "issues/*/*/index.html"

// workPrefix begins the name of the folder, inside the site, where each
// Pagefind process reads its own pages while Index runs.
const workPrefix = ".search-"

// Owns reports whether rel, a slash-separated path inside the site, is
// Index's: the Bundle folder, or a folder it works in. Another step that
// runs beside Index (minifying the rest of the site) leaves them alone.
func Owns(rel string) bool {
	first, _, _ := strings.Cut(rel, "/")
	return first == Bundle || strings.HasPrefix(first, workPrefix)
}

// minShard is the fewest pages worth a Pagefind process of their own.
const minShard = 500

// Report says what one indexing did.
type Report struct {
	Pages   int   // pages in the index
	Shards  int   // Pagefind bundles the search page merges
	Reused  int   // shards taken unchanged from the previous site
	Indexed int   // pages Pagefind read this time
	Bytes   int64 // size of the Bundle folder
	// Install is the time spent installing Pagefind (first build only).
	Install time.Duration
	Elapsed time.Duration
	// CPU is the CPU time (user + system) of the Pagefind processes.
	CPU time.Duration
	// Unavailable, when set, says why the site has no index (no npm, say);
	// the search page then tells the reader so.
	Unavailable string
}

func (r *Report) String() string {
	if r.Unavailable != "" {
		return "search: no index, " + r.Unavailable + "; the search page says search is unavailable"
	}
	s := fmt.Sprintf("search: %d pages in %d shards (%d reused, %d pages indexed), %s in %.2fs",
		r.Pages, r.Shards, r.Reused, r.Indexed, size(r.Bytes), r.Elapsed.Seconds())
	if r.Install > 0 {
		s += fmt.Sprintf(" (Pagefind installed in %.2fs)", r.Install.Seconds())
	}
	return s
}

// manifest is pagefind/shards.json: read by the search page to find the
// bundles, and by the next build to reuse them.
type manifest struct {
	Version string  `json:"version"`
	Shards  []shard `json:"shards"`
}

// shard is one Pagefind bundle: the pages whose paths sort from First to
// Last, or, for the tail, every page no other shard spans.
type shard struct {
	Dir    string `json:"dir"` // under Bundle, named by Digest: a changed shard gets a new URL
	First  string `json:"first,omitempty"`
	Last   string `json:"last,omitempty"`
	Tail   bool   `json:"tail,omitempty"`
	Pages  int    `json:"pages"`
	Digest string `json:"digest"` // of its pages as Pagefind sees them (views)
	// Input is the digest of its pages' bytes. Pages with the same bytes
	// have the same views, so a shard whose Input is unchanged is reused
	// without reading what Pagefind sees in each page, which costs about
	// fifty times as much as the digest of the bytes.
	Input string `json:"input,omitempty"`
	// Bytes is the size of its folder, kept so that a reused shard's
	// files need not be counted again (a stat each, tens of thousands).
	Bytes int64 `json:"bytes,omitempty"`

	pages []*page
	cpu   time.Duration // of its Pagefind process
}

type page struct {
	rel   string // e.g. "issues/2022-06-15/china/index.html"
	input []byte // digest of its bytes
	view  []byte // digest of its view; nil until needed
}

// format changes when what a shard holds changes meaning, so older
// shards are not reused. 2: First and Last name pages, not folders.
const format = "briefing-search-2"

// Index indexes the pages of o.Site into o.Site/pagefind. A site that
// cannot be indexed because Pagefind cannot be had is not an error: the
// report says why. Pagefind failing on the site is.
func Index(ctx context.Context, o Options) (*Report, error) {
	start := time.Now()
	r := &Report{}
	if o.Pages == "" {
		o.Pages = DefaultPages
	}
	if o.Jobs <= 0 {
		o.Jobs = runtime.NumCPU()
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	prev := previous(o.Previous)
	// Without a previous index every page's view is needed: read once.
	pages, err := readPages(o.Site, o.Pages, o.Jobs, prev == nil)
	if err != nil {
		return nil, err
	}
	r.Pages = len(pages)
	shards, keep, err := plan(pages, prev, o.Jobs, func(ps []*page) error {
		return readViews(o.Site, ps, o.Jobs)
	})
	if err != nil {
		return nil, err
	}

	var bin string
	var todo []*shard
	for i := range shards {
		if !keep[i] {
			todo = append(todo, &shards[i])
		}
	}
	if len(todo) > 0 {
		istart := time.Now()
		installed := false
		log := writerFunc(func(p []byte) (int, error) { installed = true; return o.Log.Write(p) })
		bin, err = locate(ctx, o.Tools, log)
		if installed {
			r.Install = time.Since(istart)
		}
		if errors.Is(err, errUnavailable) {
			r.Unavailable = strings.TrimPrefix(err.Error(), errUnavailable.Error()+": ")
			r.Elapsed = time.Since(start)
			return r, nil
		}
		if err != nil {
			return nil, err
		}
	}

	out := filepath.Join(o.Site, Bundle)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return nil, err
	}
	for i := range shards {
		if keep[i] {
			dst := filepath.Join(out, shards[i].Dir)
			if err := linkTree(filepath.Join(o.Previous, Bundle, shards[i].Dir), dst); err != nil {
				return nil, fmt.Errorf("search: reuse %s: %w", shards[i].Dir, err)
			}
			if shards[i].Bytes == 0 { // from a build that did not count them
				shards[i].Bytes = treeSize(dst)
			}
			r.Reused++
		}
	}
	if err := indexShards(ctx, bin, o, todo); err != nil {
		return nil, err
	}
	for _, s := range todo {
		r.Indexed += s.Pages
		r.CPU += s.cpu
	}
	m := manifest{Version: Version, Shards: shards}
	data, err := json.Marshal(m)
	if err != nil {
		return nil, err
	}
	if err := fsx.WriteFileAtomic(filepath.Join(out, Manifest), data, 0o644); err != nil {
		return nil, err
	}
	r.Shards = len(shards)
	r.Bytes = int64(len(data))
	for _, s := range shards {
		r.Bytes += s.Bytes
	}
	r.Elapsed = time.Since(start)
	return r, nil
}

// readPages finds the pages and the digests of their bytes, and of their
// views too when views is set, in path order.
func readPages(site, pattern string, jobs int, views bool) ([]*page, error) {
	rels, err := glob(site, pattern)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	pages := make([]*page, len(rels))
	errs := make([]error, len(rels))
	parallel.For(len(rels), jobs, func(i int) {
		b, err := os.ReadFile(filepath.Join(site, filepath.FromSlash(rels[i])))
		if errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR) {
			return // not matched: glob does not stat
		}
		if err != nil {
			errs[i] = err
			return
		}
		p := &page{rel: rels[i]}
		pages[i] = p
		p.input = inputSum(p.rel, b)
		if views {
			p.view = viewSum(p.rel, b)
		}
	})
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	pages = slices.DeleteFunc(pages, func(p *page) bool { return p == nil })
	slices.SortFunc(pages, func(a, b *page) int { return strings.Compare(a.rel, b.rel) })
	return pages, nil
}

// readViews reads again the pages of ps whose views are not yet known,
// and digests their views.
func readViews(site string, ps []*page, jobs int) error {
	var todo []*page
	for _, p := range ps {
		if p.view == nil {
			todo = append(todo, p)
		}
	}
	errs := make([]error, len(todo))
	parallel.For(len(todo), jobs, func(i int) {
		p := todo[i]
		b, err := os.ReadFile(filepath.Join(site, filepath.FromSlash(p.rel)))
		if err != nil {
			errs[i] = err
			return
		}
		if !bytes.Equal(inputSum(p.rel, b), p.input) {
			errs[i] = fmt.Errorf("%s changed while the site was being indexed", p.rel)
			return
		}
		p.view = viewSum(p.rel, b)
	})
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("search: %w", err)
	}
	return nil
}

// inputSum is the digest of a page's path and bytes.
func inputSum(rel string, b []byte) []byte {
	h := sha256.New()
	h.Write([]byte(rel + "\x00"))
	h.Write(b)
	return h.Sum(nil)
}

// viewSum is the digest of a page's path and of what Pagefind reads of it.
func viewSum(rel string, b []byte) []byte {
	h := sha256.New()
	h.Write([]byte(rel + "\x00"))
	writeView(h, b)
	return h.Sum(nil)
}

// previous reads the last site's manifest; nil when there is none or it
// came from another Pagefind or format.
func previous(site string) *manifest {
	if site == "" {
		return nil
	}
	data, err := os.ReadFile(filepath.Join(site, Bundle, Manifest))
	if err != nil {
		return nil
	}
	var m manifest
	if json.Unmarshal(data, &m) != nil || m.Version != Version {
		return nil
	}
	for _, s := range m.Shards {
		if !filepath.IsLocal(s.Dir) {
			return nil
		}
		if _, err := os.Stat(filepath.Join(site, Bundle, s.Dir, "pagefind.js")); err != nil {
			return nil
		}
	}
	return &m
}

// plan decides the shards and which of them the previous site already
// has (keep). Every previous shard but the tail must be unchanged, and the
// pages outside them (the tail) at most a third of the site; otherwise
// everything is indexed anew, split into up to jobs shards of as many
// pages each (they run at once: the largest takes longest). views digests
// the views of the pages it is given whose views are not known yet.
func plan(pages []*page, prev *manifest, jobs int, views func([]*page) error) (shards []shard, keep []bool, err error) {
	if prev != nil {
		shards, keep, ok, err := incremental(pages, prev, views)
		if err != nil || ok {
			return shards, keep, err
		}
	}
	if err := views(pages); err != nil {
		return nil, nil, err
	}
	n := min(jobs, max(1, len(pages)/minShard))
	for i := range n {
		shards = append(shards, newShard(pages[i*len(pages)/n:(i+1)*len(pages)/n], false))
	}
	return shards, make([]bool, len(shards)), nil
}

func incremental(pages []*page, prev *manifest, views func([]*page) error) ([]shard, []bool, bool, error) {
	var shards []shard
	var keep []bool
	inClosed := make([]bool, len(pages))
	for _, p := range prev.Shards {
		if p.Tail {
			continue
		}
		// pages is sorted: the shard's are a run of it.
		from, _ := slices.BinarySearchFunc(pages, p.First, func(a *page, rel string) int { return strings.Compare(a.rel, rel) })
		to := from
		for to < len(pages) && pages[to].rel <= p.Last {
			inClosed[to] = true
			to++
		}
		s, same, err := unchanged(pages[from:to], false, []shard{p}, views)
		if err != nil || !same {
			return nil, nil, false, err
		}
		shards = append(shards, s)
		keep = append(keep, true)
	}
	var tail []*page
	for i, p := range pages {
		if !inClosed[i] {
			tail = append(tail, p)
		}
	}
	if len(tail) == 0 {
		return shards, keep, len(shards) > 0, nil
	}
	if len(shards) == 0 || len(tail)*3 > len(pages) {
		return nil, nil, false, nil
	}
	var tails []shard
	for _, p := range prev.Shards {
		if p.Tail {
			tails = append(tails, p)
		}
	}
	s, same, err := unchanged(tail, true, tails, views)
	if err != nil {
		return nil, nil, false, err
	}
	return append(shards, s), append(keep, same), true, nil
}

// unchanged makes the shard of the pages ps and says whether one of the
// previous shards was the same: the same bytes (Input), or failing that
// the same views. The shard's views are known afterwards unless its
// bytes were the same.
func unchanged(ps []*page, tail bool, prev []shard, views func([]*page) error) (shard, bool, error) {
	s := newShard(ps, tail)
	for _, p := range prev {
		if p.Input != "" && p.Input == s.Input {
			s.Digest, s.Dir, s.Bytes = p.Digest, p.Dir, p.Bytes
			return s, true, nil
		}
	}
	if err := views(ps); err != nil {
		return shard{}, false, err
	}
	s = newShard(ps, tail)
	for _, p := range prev {
		if p.Digest == s.Digest {
			s.Bytes = p.Bytes // the same folder
			return s, true, nil
		}
	}
	return s, false, nil
}

// newShard makes the shard of the pages ps: its Input, and its Digest and
// Dir when the pages' views are known.
func newShard(ps []*page, tail bool) shard {
	in, view := sha256.New(), sha256.New()
	for _, h := range []hash.Hash{in, view} {
		h.Write([]byte(format + "\x00" + Version + "\x00"))
	}
	s := shard{Tail: tail, Pages: len(ps), pages: ps}
	views := true
	for _, p := range ps {
		in.Write(p.input)
		view.Write(p.view)
		views = views && p.view != nil
	}
	if len(ps) > 0 && !tail {
		s.First, s.Last = ps[0].rel, ps[len(ps)-1].rel
	}
	s.Input = hex.EncodeToString(in.Sum(nil))
	if views {
		s.Digest = hex.EncodeToString(view.Sum(nil))
		s.Dir = s.Digest[:16] + "/"
	}
	return s
}

// indexShards runs one Pagefind per shard, as many at once as o.Jobs.
// Each reads its own pages, linked into a folder of their own, and writes
// its bundle into the site.
func indexShards(ctx context.Context, bin string, o Options, todo []*shard) error {
	if len(todo) == 0 {
		return nil
	}
	// Inside the site, so links work and an interrupted build leaves
	// nothing behind but its staging folder.
	work, err := os.MkdirTemp(o.Site, workPrefix)
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	errs := make([]error, len(todo))
	parallel.For(len(todo), o.Jobs, func(i int) {
		errs[i] = indexShard(ctx, bin, o.Site, filepath.Join(work, fmt.Sprint(i)), todo[i])
	})
	return errors.Join(errs...)
}

func indexShard(ctx context.Context, bin, site, work string, s *shard) error {
	for _, p := range s.pages {
		dst := filepath.Join(work, filepath.FromSlash(p.rel))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		if err := linkFile(filepath.Join(site, filepath.FromSlash(p.rel)), dst); err != nil {
			return err
		}
	}
	out := filepath.Join(site, Bundle, s.Dir)
	cmd := exec.CommandContext(ctx, bin, "--site", work, "--output-path", out, "--silent")
	cmd.Env = pagefindEnv(os.Environ())
	var msg bytes.Buffer
	cmd.Stdout, cmd.Stderr = &msg, &msg
	err := cmd.Run()
	if st := cmd.ProcessState; st != nil {
		s.cpu = st.UserTime() + st.SystemTime()
	}
	if err != nil {
		return fmt.Errorf("search: pagefind on %d pages: %v: %s", s.Pages, err, strings.TrimSpace(msg.String()))
	}
	if _, err := os.Stat(filepath.Join(out, "pagefind.js")); err != nil {
		return fmt.Errorf("search: pagefind wrote no index: %s", strings.TrimSpace(msg.String()))
	}
	// Pagefind's ready-made interfaces: the search page has its own.
	for _, pattern := range []string{"pagefind-ui.*", "pagefind-modular-ui.*", "pagefind-component-ui.*", "pagefind-highlight.js"} {
		matches, _ := filepath.Glob(filepath.Join(out, pattern))
		for _, m := range matches {
			os.Remove(m)
		}
	}
	// Its search code comes unminified (a quarter of it is spare bytes);
	// the index files are compressed already.
	m := minify.New()
	for _, pattern := range []string{"*.js", "*.json"} {
		files, _ := filepath.Glob(filepath.Join(out, pattern))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				return err
			}
			small, err := minify.File(m, f, data)
			if err != nil {
				return fmt.Errorf("search: %w", err) // minify.File names the file
			}
			if err := os.WriteFile(f, small, 0o644); err != nil {
				return err
			}
		}
	}
	s.Bytes = treeSize(out)
	return nil
}

// mallocConf tunes the jemalloc inside Pagefind's binary (its Rust
// crate reads this variable). Pagefind keeps about 200 KB of every page
// it reads until it exits, and on a virtual machine the faults that map
// that memory in, 4 KB at a time, and the misses of a TLB full of small
// pages cost about as much as the indexing itself:
//   - dirty_decay_ms, muzzy_decay_ms: by default jemalloc hands freed
//     memory back within seconds, one madvise call at a time, each
//     stopping every core to flush its TLB, and faults it in again for
//     the next page.
//   - thp:always asks for transparent huge pages (2 MB) where the system
//     grants them on request (madvise, Debian's default); where it never
//     does, or always does, it changes nothing.
//   - narenas:1: one arena, not eight for Pagefind's five threads, so its
//     memory is in fewer, fuller huge pages.
//
// Together they cut Pagefind's CPU time by a fifth to a half (two shards
// at once, one alone); its peak is about the same and the index the same
// byte for byte.
const mallocConf = "_RJEM_MALLOC_CONF=dirty_decay_ms:-1,muzzy_decay_ms:-1,thp:always,narenas:1"

// pagefindEnv is the environment Pagefind runs in: env, with mallocConf
// unless env tunes jemalloc itself.
func pagefindEnv(env []string) []string {
	name, _, _ := strings.Cut(mallocConf, "=")
	for _, kv := range env {
		if strings.HasPrefix(kv, name+"=") {
			return env
		}
	}
	return append(slices.Clip(env), mallocConf)
}

// linkTree recreates the folder src at dst with hard links (a copy where
// links cannot be made): the old site is removed after publishing, so
// sharing its files is safe and costs nothing.
func linkTree(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		return linkFile(p, target)
	})
}

func linkFile(src, dst string) error {
	if os.Link(src, dst) == nil {
		return nil
	}
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, data, 0o644)
}

func treeSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}

func size(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }
