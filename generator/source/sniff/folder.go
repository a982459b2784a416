package sniff

import (
	"os"
	"path/filepath"
	"strings"
)

// assetSuffixes end the folder a browser saves a page's images, styles
// and scripts in, beside the page: "Story_files" for "Story.html" (the
// suffix follows the browser's language).
var assetSuffixes = []string{"_files", "-Dateien", "_fichiers", "_archivos", "_arquivos", "_file", "_bestanden", "-filer", "_tiedostot", "_pliki"}

// AssetFolder reports whether dir is the folder of a saved web page's
// assets: its name is the page's plus a suffix like "_files", and the page
// (.html or .htm) sits beside it. Such a folder holds no articles; a walk
// of the inbox skips it.
func AssetFolder(dir string) bool {
	base := filepath.Base(dir)
	for _, suf := range assetSuffixes {
		stem, ok := strings.CutSuffix(base, suf)
		if !ok || stem == "" {
			continue
		}
		for _, ext := range []string{".html", ".htm", ".HTML", ".HTM", ".xhtml", ".shtml"} {
			if st, err := os.Stat(filepath.Join(filepath.Dir(dir), stem+ext)); err == nil && st.Mode().IsRegular() {
				return true
			}
		}
	}
	return false
}
