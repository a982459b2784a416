package article_test

import (
	"errors"
	"testing"

	"briefing/generator/article"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name, in, text, encoding string
	}{
		{"utf-8", "Price £600m\r\nnext", "Price £600m\nnext", ""},
		{"windows-1252", "\x93Quoted\x94 \xa3600m", "“Quoted” £600m", "windows-1252"},
		{"utf-16le", "\xff\xfeH\x00i\x00", "Hi", "utf-16le"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, enc, err := article.Decode("a.txt", []byte(tt.in))
			if err != nil || text != tt.text || enc != tt.encoding {
				t.Errorf("Decode = %q, %q, %v; want %q, %q", text, enc, err, tt.text, tt.encoding)
			}
		})
	}
	_, _, err := article.Decode("b.txt", []byte("a\x00b"))
	var ae *article.Error
	if !errors.As(err, &ae) || ae.File != "b.txt" {
		t.Errorf("binary input: err = %v, want an *article.Error naming b.txt", err)
	}
}
