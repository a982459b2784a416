package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"briefing/generator/hugo"
	"briefing/generator/internal/issue"
	"briefing/generator/pipeline"

	"github.com/spf13/cobra"
)

// benchCmd measures the whole pipeline against Hugo's own floor on the
// same content, at the corpus's size and at multiples of it.
func benchCmd() *cobra.Command {
	var (
		scales []int
		runs   int
		keep   bool
		work   string
	)
	cmd := &cobra.Command{
		Use:   "bench [CORPUS]",
		Short: "Time the pipeline against Hugo's floor on a corpus (make bench)",
		Long: `Bench lays the articles of CORPUS (default ../shared/corpus/bbc, one folder
per topic) into issues, one issue per topic, and measures, run after run
side by side: a full build from an empty content folder (each stage from
its report), a rebuild with nothing changed, and the floor: the pinned
Hugo rendering the same content with the plainest site there is (one
template per kind, HTML only, no taxonomies, feeds or sitemap). It prints
medians of --runs runs of wall and CPU time (user + system, Hugo
included), their ratios to the floor, the generator's peak memory and the
load average; and the search step of the rebuild and of a build with one
more issue (the corpus's first topic as the next day's), with the
index's shards and size. It repeats at each --scale (10 lays the corpus ten times, as
more issues with distinct slugs). Everything is written under --work,
tmpfs by default, so the disk is not what is measured.`,
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
				r, err := benchScale(cmd, self, c.Dir, corpus, work, scale, runs, keep)
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
	cmd.Flags().StringVar(&work, "work", defaultBenchWork(), "folder for the work folders (tmpfs when there is one)")
	return cmd
}

// defaultBenchWork is /dev/shm when it is a writable folder (tmpfs on
// Linux), else "" for the system's temporary folder.
func defaultBenchWork() string {
	if f, err := os.CreateTemp("/dev/shm", ".briefing-probe-"); err == nil {
		f.Close()
		os.Remove(f.Name())
		return "/dev/shm"
	}
	return ""
}

// timing is one measured run: wall time and CPU time (user + system) of a
// process and every process it waited for (Hugo, for a build).
type timing struct{ wall, cpu time.Duration }

type benchResult struct {
	scale, articles, pages int
	// stages and stageCPU are the medians of the full builds' own stage
	// times and CPU times, by the JSON names of pipeline.Seconds and
	// pipeline.CPUSeconds.
	stages, stageCPU      map[string]time.Duration
	build, rebuild, floor timing
	peakMiB               float64
	before, after         int64
	load                  [2]string // load average before and after
	// The search index: a rebuild with nothing changed, and a build with
	// one more issue (its pages in the tail shard); the full build's is
	// among the stages.
	searchRebuild, searchAdded time.Duration
	searchShards               string
	searchBytes                int64
}

func benchScale(cmd *cobra.Command, self, root, corpus, work string, scale, runs int, keep bool) (benchResult, error) {
	ws, err := os.MkdirTemp(work, "briefing-bench-")
	if err != nil {
		return benchResult{}, err
	}
	if keep {
		fmt.Fprintf(cmd.ErrOrStderr(), "bench: work folder %s\n", ws)
	} else {
		defer os.RemoveAll(ws)
	}
	n, err := layCorpus(corpus, filepath.Join(ws, "inbox"), scale)
	if err != nil {
		return benchResult{}, err
	}
	floorSite := filepath.Join(ws, "floor")
	if err := writeFloorSite(floorSite); err != nil {
		return benchResult{}, err
	}
	r := benchResult{scale: scale, articles: n, stages: map[string]time.Duration{}, stageCPU: map[string]time.Duration{}}
	r.load[0] = loadAverage()
	content, public, floorOut := filepath.Join(ws, "content"), filepath.Join(ws, "public"), filepath.Join(ws, "floor-public")
	// Each build runs in a process of its own, as 'make site' does, so
	// its peak memory is its own; it reports itself as JSON.
	build := func() (*pipeline.Report, [2]map[string]float64, timing, error) {
		c := exec.CommandContext(cmd.Context(), self, "build", "--json", "--config", filepath.Join(root, "config.toml"),
			"--inbox", filepath.Join(ws, "inbox"), "--content", content, "--public", public)
		var out, errb bytes.Buffer
		c.Stdout, c.Stderr = &out, &errb
		t, err := timed(c)
		if err != nil {
			return nil, [2]map[string]float64{}, t, fmt.Errorf("bench build: %v\n%s", err, errb.String())
		}
		var rep pipeline.Report
		var raw struct {
			Seconds map[string]float64 `json:"seconds"`
			CPU     map[string]float64 `json:"cpu_seconds"`
		}
		if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
			return nil, [2]map[string]float64{}, t, fmt.Errorf("bench build: its report: %v", err)
		}
		json.Unmarshal(out.Bytes(), &raw)
		return &rep, [2]map[string]float64{raw.Seconds, raw.CPU}, t, nil
	}
	stages, stageCPU := map[string][]time.Duration{}, map[string][]time.Duration{}
	var builds, rebuilds, floors []timing
	var searchRe, searchAdd []time.Duration
	for i := 0; i < runs; i++ {
		// Side by side: a full build, a rebuild and the floor, run after
		// run, so that a change in the machine's load touches all three.
		os.RemoveAll(content)
		os.RemoveAll(public)
		rep, secs, t, err := build()
		if err != nil {
			return r, err
		}
		builds = append(builds, t)
		for k, v := range secs[0] {
			stages[k] = append(stages[k], time.Duration(v*float64(time.Second)))
		}
		for k, v := range secs[1] {
			stageCPU[k] = append(stageCPU[k], time.Duration(v*float64(time.Second)))
		}
		r.pages = rep.Pages
		r.peakMiB = max(r.peakMiB, rep.PeakMemoryMiB)
		r.before, r.after = rep.Minify.BytesBefore, rep.Minify.BytesAfter
		if rep.Search.Unavailable != "" {
			return r, fmt.Errorf("bench: no search index: %s", rep.Search.Unavailable)
		}
		r.searchBytes = rep.Search.Bytes
		rep, _, t, err = build()
		if err != nil {
			return r, err
		}
		rebuilds = append(rebuilds, t)
		r.peakMiB = max(r.peakMiB, rep.PeakMemoryMiB)
		searchRe = append(searchRe, time.Duration(rep.Seconds.Search*float64(time.Second)))

		os.RemoveAll(floorOut)
		c := hugo.Command(cmd.Context(), "--quiet", "--noBuildLock", "--source", floorSite, "--contentDir", content, "--destination", floorOut)
		var out bytes.Buffer
		c.Stdout, c.Stderr = &out, &out
		t, err = timed(c)
		if err != nil {
			return r, fmt.Errorf("bench floor: %v\n%s", err, out.String())
		}
		floors = append(floors, t)

		// Tomorrow's issue: the archive's search shards stay, its pages
		// go to the tail.
		added, err := addIssue(corpus, filepath.Join(ws, "inbox"))
		if err != nil {
			return r, err
		}
		rep, _, _, err = build()
		os.RemoveAll(added)
		if err != nil {
			return r, err
		}
		searchAdd = append(searchAdd, time.Duration(rep.Seconds.Search*float64(time.Second)))
		r.searchShards = fmt.Sprintf("%d (%d reused)", rep.Search.Shards, rep.Search.Reused)
	}
	for k, ds := range stages {
		r.stages[k] = median(ds)
	}
	for k, ds := range stageCPU {
		r.stageCPU[k] = median(ds)
	}
	r.build, r.rebuild, r.floor = medianTiming(builds), medianTiming(rebuilds), medianTiming(floors)
	r.searchRebuild, r.searchAdded = median(searchRe), median(searchAdd)
	r.load[1] = loadAverage()
	return r, nil
}

// timed runs c and measures it. Writes left over from the run before are
// flushed first, so they are not counted here.
func timed(c *exec.Cmd) (timing, error) {
	syscall.Sync()
	start := time.Now()
	err := c.Run()
	t := timing{wall: time.Since(start)}
	if st := c.ProcessState; st != nil {
		t.cpu = st.UserTime() + st.SystemTime()
	}
	return t, err
}

// The floor: the plainest site Hugo can render from the same content. One
// template per kind, HTML only; no taxonomies, feeds, sitemap, robots.txt
// or 404 page. What a build costs beyond it is the briefing's own.
var floorFiles = map[string]string{
	"config.toml": `baseURL = "https://briefing.example.org/"
title = "Floor"
disableKinds = ["taxonomy", "term", "rss", "sitemap", "robotstxt", "404"]
buildFuture = true
# The generator's term adapters (package terms) add terms; there are none.
ignoreFiles = ['_content\.gotmpl$']
[taxonomies]
[outputs]
  home = ["html"]
  section = ["html"]
  page = ["html"]
`,
	"layouts/home.html":    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1><ul>{{ range .Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>` + "\n",
	"layouts/section.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>` + "\n",
	"layouts/page.html":    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>` + "\n",
}

func writeFloorSite(dir string) error {
	for name, text := range floorFiles {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// loadAverage is the system's load average over 1, 5 and 15 minutes, or
// "?" where the system does not say.
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(data))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
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
		if t.IsDir() {
			if _, err := copyTopic(filepath.Join(corpus, t.Name()), dir, " (late edition)"); err != nil {
				return "", err
			}
			break
		}
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
			suffix := ""
			if copyN > 0 {
				suffix = fmt.Sprintf(" (%d)", copyN+1)
			}
			k, err := copyTopic(filepath.Join(corpus, t.Name()), filepath.Join(inbox, issue.Format(day)), suffix)
			if err != nil {
				return 0, err
			}
			day = day.AddDate(0, 0, 1)
			n += k
		}
	}
	if n == 0 {
		return 0, fmt.Errorf("bench: no articles under %s", corpus)
	}
	return n, nil
}

// copyTopic copies the articles of a corpus's topic folder into the issue
// folder dir, suffix added to each headline (its first line) so that its
// slug is new; it returns how many it copied.
func copyTopic(topic, dir, suffix string) (int, error) {
	files, _ := filepath.Glob(filepath.Join(topic, "*.txt"))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return 0, err
		}
		if i := bytes.IndexByte(data, '\n'); i > 0 && suffix != "" {
			data = append([]byte(string(data[:i])+suffix), data[i:]...)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), data, 0o644); err != nil {
			return 0, err
		}
	}
	return len(files), nil
}

// stageNames are the JSON names of the stages of a report's times (of
// pipeline.Seconds or pipeline.CPUSeconds), in the report's order; a
// stage added there shows up here by itself.
func stageNames(times any) []string {
	var names []string
	t := reflect.TypeOf(times)
	for i := 0; i < t.NumField(); i++ {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name != "" && name != "-" && name != "total" {
			names = append(names, name)
		}
	}
	return names
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
	ratio := func(a, b func(benchResult) time.Duration) func(benchResult) string {
		return func(r benchResult) string { return fmt.Sprintf("%.2fx", a(r).Seconds()/b(r).Seconds()) }
	}
	row("", func(r benchResult) string { return fmt.Sprintf("%dx (%d articles)", r.scale, r.articles) })
	for _, s := range stageNames(pipeline.Seconds{}) {
		row("  "+strings.ReplaceAll(s, "_", " "), d(func(r benchResult) time.Duration { return r.stages[s] }))
	}
	row("stage CPU", func(benchResult) string { return "" })
	for _, s := range stageNames(pipeline.CPUSeconds{}) {
		row("  "+strings.ReplaceAll(s, "_", " "), d(func(r benchResult) time.Duration { return r.stageCPU[s] }))
	}
	row("build, wall", d(func(r benchResult) time.Duration { return r.build.wall }))
	row("build, CPU", d(func(r benchResult) time.Duration { return r.build.cpu }))
	row("floor (plain Hugo), wall", d(func(r benchResult) time.Duration { return r.floor.wall }))
	row("floor, CPU", d(func(r benchResult) time.Duration { return r.floor.cpu }))
	row("ratio build/floor, wall", ratio(func(r benchResult) time.Duration { return r.build.wall }, func(r benchResult) time.Duration { return r.floor.wall }))
	row("ratio build/floor, CPU", ratio(func(r benchResult) time.Duration { return r.build.cpu }, func(r benchResult) time.Duration { return r.floor.cpu }))
	row("rebuild, nothing changed, wall", d(func(r benchResult) time.Duration { return r.rebuild.wall }))
	row("rebuild, CPU", d(func(r benchResult) time.Duration { return r.rebuild.cpu }))
	row("ratio rebuild/build, wall", ratio(func(r benchResult) time.Duration { return r.rebuild.wall }, func(r benchResult) time.Duration { return r.build.wall }))
	row("HTML pages", func(r benchResult) string { return fmt.Sprint(r.pages) })
	row("search, rebuild", d(func(r benchResult) time.Duration { return r.searchRebuild }))
	row("search, one issue added", d(func(r benchResult) time.Duration { return r.searchAdded }))
	row("search shards after it", func(r benchResult) string { return r.searchShards })
	row("search index size", func(r benchResult) string { return bytesize(r.searchBytes) })
	row("generator peak memory", func(r benchResult) string { return fmt.Sprintf("%.0f MiB", r.peakMiB) })
	row("minify before -> after", func(r benchResult) string { return bytesize(r.before) + " -> " + bytesize(r.after) })
	row("load average before", func(r benchResult) string { return r.load[0] })
	row("load average after", func(r benchResult) string { return r.load[1] })
	tw.Flush()
	if len(rs) > 1 {
		a, b := rs[0], rs[len(rs)-1]
		fmt.Fprintf(w, "\ngrowth %dx -> %dx articles: build %.2fx time, floor %.2fx time\n",
			a.scale, b.scale, b.build.wall.Seconds()/a.build.wall.Seconds(), b.floor.wall.Seconds()/a.floor.wall.Seconds())
	}
}

func median(ds []time.Duration) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}

// medianTiming takes the median wall and the median CPU time apart.
func medianTiming(ts []timing) timing {
	var wall, cpu []time.Duration
	for _, t := range ts {
		wall, cpu = append(wall, t.wall), append(cpu, t.cpu)
	}
	return timing{wall: median(wall), cpu: median(cpu)}
}
