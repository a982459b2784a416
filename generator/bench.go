package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"syscall"
	"text/tabwriter"
	"time"

	"briefing/generator/hugo"

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
ingest, Hugo, minify, search, email and the whole build; bare 'go tool hugo
--minify' over the same generated content; a rebuild with nothing changed;
the search step of a build with one more issue; the generator's peak
memory; and bytes before and after minification. It
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
	scale, articles                                   int
	ingest, hugo, minify, email, total, bare, rebuild time.Duration
	peakMiB                                           float64
	before, after                                     string
	// The search index: a full build, a rebuild with nothing changed,
	// and a build with one more issue (its pages in the tail shard).
	search, searchRebuild, searchAdded time.Duration
	searchShards, searchSize           string
}

var (
	buildLine  = regexp.MustCompile(`(?m)^build: (\d+) articles, .* in [\d.]+s \(ingest ([\d.]+)s, hugo ([\d.]+)s, minify ([\d.]+)s, email ([\d.]+)s; peak memory (\d+) MiB\)`)
	minifyLine = regexp.MustCompile(`(?m)^minify: \d+ files \(\d+ unchanged, reused\), (\S+ \S+) -> (\S+ \S+) in `)
	searchLine = regexp.MustCompile(`(?m)^search: \d+ pages in (\d+) shards \((\d+) reused, \d+ pages indexed\), (\S+ \S+) in ([\d.]+)s`)
)

// searchTime reads the search step's line of a build's report.
func searchTime(out string) (took time.Duration, shards, size string, err error) {
	m := searchLine.FindStringSubmatch(out)
	if m == nil {
		return 0, "", "", fmt.Errorf("bench: no search index in:\n%s", out)
	}
	return secs(m[4]), m[1] + " (" + m[2] + " reused)", m[3], nil
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
	build := func() (string, time.Duration, error) {
		c := exec.CommandContext(cmd.Context(), self, "build", "--config", filepath.Join(root, "config.toml"),
			"--inbox", filepath.Join(ws, "inbox"), "--content", content, "--public", public)
		var out bytes.Buffer
		c.Stdout, c.Stderr = &out, io.Discard
		syscall.Sync() // the last run's writes must not be flushed on this one's time
		start := time.Now()
		err := c.Run()
		if err != nil {
			return "", 0, fmt.Errorf("bench build: %v\n%s", err, out.String())
		}
		return out.String(), time.Since(start), nil
	}
	var ingest, hg, mini, email, total, rebuild, bareT, search, searchRe, searchAdd []time.Duration
	for i := 0; i < runs; i++ {
		os.RemoveAll(content)
		os.RemoveAll(public)
		out, d, err := build()
		if err != nil {
			return r, err
		}
		m := buildLine.FindStringSubmatch(out)
		if m == nil {
			return r, fmt.Errorf("bench: no build report in:\n%s", out)
		}
		ingest = append(ingest, secs(m[2]))
		hg = append(hg, secs(m[3]))
		mini = append(mini, secs(m[4]))
		email = append(email, secs(m[5]))
		total = append(total, d)
		peak, _ := strconv.ParseFloat(m[6], 64)
		r.peakMiB = max(r.peakMiB, peak)
		if mm := minifyLine.FindStringSubmatch(out); mm != nil {
			r.before, r.after = mm[1], mm[2]
		}
		st, _, size, err := searchTime(out)
		if err != nil {
			return r, err
		}
		search = append(search, st)
		r.searchSize = size
		if out, d, err = build(); err != nil {
			return r, err
		}
		rebuild = append(rebuild, d)
		if st, _, _, err = searchTime(out); err != nil {
			return r, err
		}
		searchRe = append(searchRe, st)
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
		out, _, err = build()
		os.RemoveAll(added)
		if err != nil {
			return r, err
		}
		if st, r.searchShards, _, err = searchTime(out); err != nil {
			return r, err
		}
		searchAdd = append(searchAdd, st)
	}
	r.ingest, r.hugo, r.minify, r.email = median(ingest), median(hg), median(mini), median(email)
	r.total, r.rebuild, r.bare = median(total), median(rebuild), median(bareT)
	r.search, r.searchRebuild, r.searchAdded = median(search), median(searchRe), median(searchAdd)
	return r, nil
}

// addIssue lays the corpus's first topic as one more issue, dated after
// every other, with headlines of its own; it returns the issue's folder.
func addIssue(corpus, inbox string) (string, error) {
	topics, err := os.ReadDir(corpus)
	if err != nil {
		return "", err
	}
	dirs, _ := filepath.Glob(filepath.Join(inbox, "*-*-*"))
	sort.Strings(dirs)
	last, err := time.Parse("2006-01-02", filepath.Base(dirs[len(dirs)-1]))
	if err != nil {
		return "", err
	}
	dir := filepath.Join(inbox, last.AddDate(0, 0, 1).Format("2006-01-02"))
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
			dir := filepath.Join(inbox, day.Format("2006-01-02"))
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
		return func(r benchResult) string { return seconds(f(r)) }
	}
	row("", func(r benchResult) string { return fmt.Sprintf("%dx (%d articles)", r.scale, r.articles) })
	row("ingest", d(func(r benchResult) time.Duration { return r.ingest }))
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
	row("search index size", func(r benchResult) string { return r.searchSize })
	row("ingest articles/s", func(r benchResult) string { return fmt.Sprintf("%.0f", float64(r.articles)/r.ingest.Seconds()) })
	row("generator peak memory", func(r benchResult) string { return fmt.Sprintf("%.0f MiB", r.peakMiB) })
	row("minify before -> after", func(r benchResult) string { return r.before + " -> " + r.after })
	tw.Flush()
	if len(rs) > 1 {
		a, b := rs[0], rs[len(rs)-1]
		fmt.Fprintf(w, "\ngrowth %dx -> %dx articles: pipeline %.2fx time, bare hugo %.2fx time\n",
			a.scale, b.scale, b.total.Seconds()/a.total.Seconds(), b.bare.Seconds()/a.bare.Seconds())
	}
}

func secs(s string) time.Duration {
	f, _ := strconv.ParseFloat(s, 64)
	return time.Duration(f * float64(time.Second))
}

func median(ds []time.Duration) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}
