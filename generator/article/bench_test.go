package article_test

import (
	"os"
	"path/filepath"
	"testing"

	"briefing/generator/article"
)

func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "..", "inbox", "2022-06-15", "000_6416b27d7081f7ba.txt"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		if _, err := article.Parse("a.txt", data, article.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseLatin1(b *testing.B) {
	data := []byte("Fees rise to \xa3600\n\nThe fee is \xa3600 a year, up from \xa3500.\n\nStudents protested.\n")
	for i := 0; i < b.N; i++ {
		if _, err := article.Parse("a.txt", data, article.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
