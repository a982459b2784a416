// Command metadump prints the metadata meta.Compute gives articles, to
// read what the extractors make of real copy while tuning them:
//
//	go run ./generator/internal/cmd/metadump ../shared/seed/000_6416b27d7081f7ba.txt
//	go run ./generator/internal/cmd/metadump -json ../shared/corpus/bbc > before.jsonl
//
// Arguments are article files, or folders whose .txt and .md files are read
// in name order. Articles are read as ingest reads them (article.Parse).
// With -json it writes one JSON object a line, {"file": ..., "metadata":
// ...}, so the output of two versions can be compared with diff or cmp.
package main
