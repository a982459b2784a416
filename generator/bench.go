package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"syscall"
	"text/tabwriter"
	"time"

	"briefing/generator/hugo"
	"briefing/generator/internal/issue"
	"briefing/generator/pipeline"

	"github.com/spf13/cobra"
)

// benchCmd measures the whole pipeline against bare `hugo --minify` on the
// same content, at the corpus's size and at multiples of it.
func benchCmd() *cobra.Command {
	var (
		scales []int
		runs   int
		keep   bool
	)
	cmd := &cobra.Command{
		Use:   "bench [CORPUS]",
		Short: "Time the pipeline against bare hugo --minify on a corpus (make bench)",
		Long: `Bench lays the articles of CORPUS (default ../shared/corpus/bbc, one folder
per topic) into issues, one issue per topic, and times from one run each:
ingest, Hugo, minify, email and the whole build; bare 'go tool hugo --minify'
over the same generated content; a rebuild with nothing changed; the
generator's peak memory; and bytes before and after minification. It
repeats at each --scale (10 lays the corpus ten times, as more issues with
distinct slugs) and prints medians of --runs runs.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			corpus := filepath.Join("..", "shared", "corpus", "bbc")
			if len(args) == 1 {
				corpus = args[0]
			}
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			self, err := os.Executable()
			if err != nil {
				return err
			}
			var results []benchResult
			for _, scale := range scales {
				r, err := benchScale(cmd, self, c.Dir, corpus, scale, runs, keep)
				if err != nil {
					return err
				}
				results = append(results, r)
				fmt.Fprintf(cmd.ErrOrStderr(), "bench: %dx done\n", scale)
			}
			printBench(cmd.OutOrStdout(), results)
			return nil
		},
	}
	cmd.Flags().IntSliceVar(&scales, "scale", []int{1, 10}, "how many times to lay the corpus")
	cmd.Flags().IntVar(&runs, "runs", 3, "runs per measurement (the median is reported)")
	cmd.Flags().BoolVar(&keep, "keep", false, "keep the work folders")
	return cmd
}

type benchResult struct {
	scale, articles                                                   int
	ingest, check, compile, hugo, minify, email, total, bare, rebuild time.Duration
	peakMiB                                                           float64
	before, after                                                     int64
	// The search index: a full build, a rebuild with nothing changed,
	// and a build with one more issue (its pages in the tail shard).
	search, searchRebuild, searchAdded time.Duration
	searchShards                       string
	searchBytes                        int64
}

func benchScale(cmd *cobra.Command, self, root, corpus string, scale, runs int, keep bool) (benchResult, error) {
	ws, err := os.MkdirTemp("", "briefing-bench-")
	if err != nil {
		return benchResult{}, err
	}
	if !keep {
		defer os.RemoveAll(ws)
	}
	n, err := layCorpus(corpus, filepath.Join(ws, "inbox"), scale)
	if err != nil {
		return benchResult{}, err
	}
	r := benchResult{scale: scale, articles: n}
	content, public, bare := filepath.Join(ws, "content"), filepath.Join(ws, "public"), filepath.Join(ws, "bare")
	// Each build runs in a process of its own, as 'make site' does, so
	// its peak memory is its own; it reports itself as JSON.
	build := func() (*pipeline.Report, time.Duration, error) {
		c := exec.CommandContext(cmd.Context(), self, "build", "--json", "--config", filepath.Join(root, "config.toml"),
			"--inbox", filepath.Join(ws, "inbox"), "--content", content, "--public", public)
		var out, errb bytes.Buffer
		c.Stdout, c.Stderr = &out, &errb
		syscall.Sync() // the last run's writes must not be flushed on this one's time
		start := time.Now()
		if err := c.Run(); err != nil {
			return nil, 0, fmt.Errorf("bench build: %v\n%s", err, errb.String())
		}
		d := time.Since(start)
		var rep pipeline.Report
		if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
			return nil, 0, fmt.Errorf("bench build: its report: %v", err)
		}
		return &rep, d, nil
	}
	var ingest, check, compile, hg, mini, email, total, rebuild, bareT, search, searchRe, searchAdd []time.Duration
	for i := 0; i < runs; i++ {
		os.RemoveAll(content)
		os.RemoveAll(public)
		rep, d, err := build()
		if err != nil {
			return r, err
		}
		s := rep.Seconds
		ingest = append(ingest, secs(s.Ingest))
		check = append(check, secs(s.Check))
		compile = append(compile, secs(s.HugoCompile))
		hg = append(hg, secs(s.Hugo))
		mini = append(mini, secs(s.Minify))
		email = append(email, secs(s.Email))
		total = append(total, d)
		r.peakMiB = max(r.peakMiB, rep.PeakMemoryMiB)
		r.before, r.after = rep.Minify.BytesBefore, rep.Minify.BytesAfter
		if rep.Search.Unavailable != "" {
			return r, fmt.Errorf("bench: no search index: %s", rep.Search.Unavailable)
		}
		search = append(search, secs(s.Search))
		r.searchBytes = rep.Search.Bytes
		if rep, d, err = build(); err != nil {
			return r, err
		}
		rebuild = append(rebuild, d)
		searchRe = append(searchRe, secs(rep.Seconds.Search))
		os.RemoveAll(bare)
		c := hugo.Command(cmd.Context(), "--quiet", "--minify", "--source", root, "--contentDir", content, "--destination", bare)
		c.Dir = root
		syscall.Sync()
		start := time.Now()
		if out, err := c.CombinedOutput(); err != nil {
			return r, fmt.Errorf("bench bare hugo: %v\n%s", err, out)
		}
		bareT = append(bareT, time.Since(start))
		// Tomorrow's issue: the archive's shards stay, its pages go to the tail.
		added, err := addIssue(corpus, filepath.Join(ws, "inbox"))
		if err != nil {
			return r, err
		}
		rep, _, err = build()
		os.RemoveAll(added)
		if err != nil {
			return r, err
		}
		searchAdd = append(searchAdd, secs(rep.Seconds.Search))
		r.searchShards = fmt.Sprintf("%d (%d reused)", rep.Search.Shards, rep.Search.Reused)
	}
	r.ingest, r.check, r.compile = median(ingest), median(check), median(compile)
	r.hugo, r.minify, r.email = median(hg), median(mini), median(email)
	r.total, r.rebuild, r.bare = median(total), median(rebuild), median(bareT)
	r.search, r.searchRebuild, r.searchAdded = median(search), median(searchRe), median(searchAdd)
	return r, nil
}

// addIssue lays the corpus's first topic into inbox as the issue the day
// after the last one, with headlines of their own; it returns the folder.
func addIssue(corpus, inbox string) (string, error) {
	topics, err := os.ReadDir(corpus)
	if err != nil {
		return "", err
	}
	dirs, _ := filepath.Glob(filepath.Join(inbox, "*-*-*"))
	if len(dirs) == 0 {
		return "", fmt.Errorf("bench: no issue in %s", inbox)
	}
	sort.Strings(dirs)
	last, err := issue.Parse(filepath.Base(dirs[len(dirs)-1]))
	if err != nil {
		return "", err
	}
	dir := filepath.Join(inbox, issue.Format(last.AddDate(0, 0, 1)))
	for _, t := range topics {
		if !t.IsDir() {
			continue
		}
		files, _ := filepath.Glob(filepath.Join(corpus, t.Name(), "*.txt"))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return "", err
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				return "", err
			}
			if i := bytes.IndexByte(data, '\n'); i > 0 {
				data = append([]byte(fmt.Sprintf("%s (late edition)", data[:i])), data[i:]...)
			}
			if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), data, 0o644); err != nil {
				return "", err
			}
		}
		break
	}
	return dir, nil
}

// layCorpus copies every topic folder of corpus into its own issue under
// inbox, scale times over; copies after the first get their own issue
// dates and a numbered headline, so every slug is distinct.
func layCorpus(corpus, inbox string, scale int) (int, error) {
	topics, err := os.ReadDir(corpus)
	if err != nil {
		return 0, fmt.Errorf("bench: %w", err)
	}
	day := time.Date(2005, 1, 3, 0, 0, 0, 0, time.UTC)
	n := 0
	for copyN := 0; copyN < scale; copyN++ {
		for _, t := range topics {
			if !t.IsDir() {
				continue
			}
			files, _ := filepath.Glob(filepath.Join(corpus, t.Name(), "*.txt"))
			dir := filepath.Join(inbox, issue.Format(day))
			day = day.AddDate(0, 0, 1)
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return 0, err
			}
			for _, f := range files {
				data, err := os.ReadFile(f)
				if err != nil {
					return 0, err
				}
				if copyN > 0 {
					if i := bytes.IndexByte(data, '\n'); i > 0 {
						data = append([]byte(fmt.Sprintf("%s (%d)", data[:i], copyN+1)), data[i:]...)
					}
				}
				if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), data, 0o644); err != nil {
					return 0, err
				}
				n++
			}
		}
	}
	if n == 0 {
		return 0, fmt.Errorf("bench: no articles under %s", corpus)
	}
	return n, nil
}

func printBench(w io.Writer, rs []benchResult) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	row := func(name string, f func(benchResult) string) {
		fmt.Fprintf(tw, "%s\t", name)
		for _, r := range rs {
			fmt.Fprintf(tw, "%s\t", f(r))
		}
		fmt.Fprintln(tw)
	}
	d := func(f func(benchResult) time.Duration) func(benchResult) string {
		return func(r benchResult) string { return duration(f(r)) }
	}
	row("", func(r benchResult) string { return fmt.Sprintf("%dx (%d articles)", r.scale, r.articles) })
	row("ingest", d(func(r benchResult) time.Duration { return r.ingest }))
	row("check", d(func(r benchResult) time.Duration { return r.check }))
	row("hugo compile (look-up)", d(func(r benchResult) time.Duration { return r.compile }))
	row("hugo", d(func(r benchResult) time.Duration { return r.hugo }))
	row("minify", d(func(r benchResult) time.Duration { return r.minify }))
	row("email", d(func(r benchResult) time.Duration { return r.email }))
	row("search (Pagefind)", d(func(r benchResult) time.Duration { return r.search }))
	row("pipeline total", d(func(r benchResult) time.Duration { return r.total }))
	row("bare hugo --minify", d(func(r benchResult) time.Duration { return r.bare }))
	row("ratio total/bare", func(r benchResult) string { return fmt.Sprintf("%.2fx", r.total.Seconds()/r.bare.Seconds()) })
	row("rebuild, nothing changed", d(func(r benchResult) time.Duration { return r.rebuild }))
	row("ratio rebuild/bare", func(r benchResult) string { return fmt.Sprintf("%.2fx", r.rebuild.Seconds()/r.bare.Seconds()) })
	row("search, rebuild", d(func(r benchResult) time.Duration { return r.searchRebuild }))
	row("search, one issue added", d(func(r benchResult) time.Duration { return r.searchAdded }))
	row("search shards after it", func(r benchResult) string { return r.searchShards })
	row("search index size", func(r benchResult) string { return bytesize(r.searchBytes) })
	row("ingest articles/s", func(r benchResult) string { return fmt.Sprintf("%.0f", float64(r.articles)/r.ingest.Seconds()) })
	row("generator peak memory", func(r benchResult) string { return fmt.Sprintf("%.0f MiB", r.peakMiB) })
	row("minify before -> after", func(r benchResult) string { return bytesize(r.before) + " -> " + bytesize(r.after) })
	tw.Flush()
	if len(rs) > 1 {
		a, b := rs[0], rs[len(rs)-1]
		fmt.Fprintf(w, "\ngrowth %dx -> %dx articles: pipeline %.2fx time, bare hugo %.2fx time\n",
			a.scale, b.scale, b.total.Seconds()/a.total.Seconds(), b.bare.Seconds()/a.bare.Seconds())
	}
}

func secs(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }

func median(ds []time.Duration) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}
