package ingest_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"briefing/generator/ingest"
)

// BenchmarkIngestCorpus ingests every BBC article of ../shared (one issue
// per topic) into an empty content folder: reading, metadata and writing.
// The target is at least 1,000 articles per second on 2 cores with the
// output on tmpfs (TMPDIR=/dev/shm): the trained tagger the entities and
// the trimming read costs about 1.5-2 ms of CPU an article (the word-list
// analysis it replaced ran at about 7,000 articles per second).
func BenchmarkIngestCorpus(b *testing.B) {
	corpus := filepath.Join("..", "..", "..", "shared", "corpus", "bbc")
	topics, err := os.ReadDir(corpus)
	if err != nil {
		b.Skip("no corpus:", err)
	}
	inbox := b.TempDir()
	n := 0
	for i, t := range topics {
		if !t.IsDir() {
			continue
		}
		files, _ := filepath.Glob(filepath.Join(corpus, t.Name(), "*.txt"))
		dir := filepath.Join(inbox, "2005-01-0"+string(rune('1'+i)))
		os.MkdirAll(dir, 0o755)
		for _, f := range files {
			data, _ := os.ReadFile(f)
			os.WriteFile(filepath.Join(dir, filepath.Base(f)), data, 0o644)
			n++
		}
	}
	out := b.TempDir()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		os.RemoveAll(out)
		syscall.Sync() // flush the removal now, not on the timed run
		b.StartTimer()
		rep, err := ingest.Run(context.Background(), []string{inbox}, ingest.Options{Out: out})
		if err != nil {
			b.Fatal(err)
		}
		if rep.Articles+len(rep.Merged) != n {
			b.Fatalf("articles = %d and %d merged, want %d", rep.Articles, len(rep.Merged), n)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkReingestUnchanged is a re-run with nothing changed: no metadata
// work and no writes, only reading and hashing.
func BenchmarkReingestUnchanged(b *testing.B) {
	root := inbox(b, map[string]string{})
	dir := filepath.Join(root, "inbox", "2024-01-02")
	os.MkdirAll(dir, 0o755)
	for i := 0; i < 500; i++ {
		os.WriteFile(filepath.Join(dir, "a"+string(rune('a'+i%26))+string(rune('a'+i/26))+".txt"), []byte(distinct(i)), 0o644)
	}
	if _, err := run(root, ingest.Options{}); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		rep, err := run(root, ingest.Options{})
		if err != nil || rep.Cached != 500 {
			b.Fatal(err, rep.Cached)
		}
	}
	b.ReportMetric(float64(500*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// distinct is the i-th of a set of different short stories (words drawn
// at random, seeded by i): articles of one issue that share their text
// are one story, published once.
func distinct(i int) string {
	words := strings.Fields("council budget river school market doctor station museum harbour orchard " +
		"factory bridge library stadium airport village forest theatre hospital garden minister rail " +
		"teachers nurses farmers storm flood prices wages homes tickets trains votes plans talks")
	r := rand.New(rand.NewPCG(uint64(i), 7))
	var b strings.Builder
	fmt.Fprintf(&b, "Story %d\n\n", i)
	for k := range 40 {
		if k > 0 && k%20 == 0 {
			b.WriteString(".\n\n")
		} else if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[r.IntN(len(words))])
	}
	b.WriteString(".\n")
	return b.String()
}
