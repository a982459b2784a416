package evaluate

import (
	"errors"
	"testing"

	"briefing/generator/meta/internal/articletest"
)

// TestCNNDM scores the key points of the CNN development set against the
// human highlights: they beat the clean Lead-3 on ROUGE-1 and ROUGE-2,
// and pass the editor's checks. (The shipped model was fit on these
// stories; make fit-keypoints prints the cross-validated figures.)
func TestCNNDM(t *testing.T) {
	rep, err := CNNDM(articletest.Corpus(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Articles) != 300 {
		t.Errorf("%d stories, want 300", len(rep.Articles))
	}
	checkReport(t, rep)
	if rep.KeyPoints.R1 <= rep.Lead3.R1 || rep.KeyPoints.R2 <= rep.Lead3.R2 {
		t.Errorf("key points do not beat Lead-3 on ROUGE-1 and ROUGE-2")
	}
}

func TestCNNDMNoReferences(t *testing.T) {
	_, err := CNNDM(t.TempDir())
	if !errors.Is(err, ErrNoReferences) {
		t.Errorf("err = %v, want ErrNoReferences", err)
	}
}
