package content

// Pristine reports whether the content file at path is the generator's
// exactly as it wrote it: it has a generator record, and every field and
// the body still match their recorded hashes, with none added or removed.
// Only such a file may be removed by the generator (an article merged into
// another as a duplicate); an edited file, or one of the editor's own, is
// kept. A file that does not exist is not pristine.
func Pristine(path string) (bool, error) {
	old, _, err := readFile(path)
	if err != nil || old == nil || old.Rec == nil {
		return false, err
	}
	for k, v := range old.Fields {
		if h, had := old.Rec.Fields[k]; !had || hash(v) != h {
			return false, nil
		}
	}
	for k, h := range old.Rec.Fields {
		if k == "body" {
			if hash(old.Body) != h {
				return false, nil
			}
			continue
		}
		if _, ok := old.Fields[k]; !ok {
			return false, nil
		}
	}
	return true, nil
}
