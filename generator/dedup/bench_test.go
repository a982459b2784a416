package dedup

import "testing"

// BenchmarkIssue50 times one issue of 50 BBC stories (10 of each topic).
func BenchmarkIssue50(b *testing.B) {
	ss := loadBBC(b)
	var docs []Doc
	for i := 0; len(docs) < 50; i += 45 {
		docs = append(docs, ss[i].doc)
	}
	b.ResetTimer()
	for range b.N {
		Groups(docs)
	}
}

// BenchmarkBBC times all pairs of the 2,225 BBC stories.
func BenchmarkBBC(b *testing.B) {
	docs := docsOf(loadBBC(b))
	b.ResetTimer()
	for range b.N {
		Groups(docs)
	}
}
