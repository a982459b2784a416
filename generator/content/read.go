package content

// Read parses the content file at path: its front matter fields and its
// body; it returns nil, nil when the file does not exist. ingest reads
// back the files it keeps (an article not fetched again, or one whose
// input is unchanged) to place their stories in an issue without
// computing them again.
func Read(path string) (*Existing, error) {
	e, _, err := readFile(path)
	return e, err
}
