package section

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"

	"briefing/generator/section/internal/corpus"
	"briefing/generator/section/internal/training"
)

func TestClassify(t *testing.T) {
	for _, tc := range []struct {
		name, headline, body string
		allowed              []string
		want                 string
	}{
		{"football", "United held to draw at home", "Manchester United were held 1-1 by Fulham at Old Trafford on Saturday, leaving them eight points behind the leaders.", nil, "Sport"},
		{"markets", "Shares slip as oil climbs", "Stock markets in London and Frankfurt fell on Monday as the price of crude oil rose above 60 dollars a barrel.", nil, "Business"},
		{"gadgets", "New phone runs on open software", "The handset maker said its new smartphone would run an open-source operating system and go on sale online next month.", nil, "Technology"},
		{"foreign conflict", "Rebels shell border villages", "Rebel fighters shelled villages near the border overnight, killing 14 civilians, the army said, as peace talks stalled in the capital.", nil, "World"},
		{"domestic politics", "MPs reject government's schools bill", "Labour and Conservative backbenchers voted together to defeat the education bill in the Commons on Tuesday.", nil, "Politics"},
		{"film", "Director's epic leads award nominations", "The historical drama received nine nominations for the film academy's awards, including best actor and best director.", nil, "Culture"},
		{"disease", "Hospitals told to prepare for flu outbreak", "Doctors and hospitals were told to prepare for a severe flu outbreak this winter after a rise in infections among patients.", nil, "Health"},
		{"space", "Probe finds water ice on moon of Saturn", "Scientists said the spacecraft had detected water ice on the surface of the moon, raising hopes that its ocean could support life.", nil, "Science"},
		{"allowed restricts", "United held to draw at home", "Manchester United were held 1-1 by Fulham at Old Trafford.", []string{"Business", "Politics"}, ""}, // decided below
		{"alias keeps the editor's spelling", "United held to draw at home", "Manchester United were held 1-1 by Fulham at Old Trafford.", []string{"News", "Sports", "Money"}, "Sports"},
		{"case does not matter", "Shares slip as oil climbs", "Stock markets fell as the price of crude oil rose.", []string{"SPORT", "business"}, "business"},
		{"no known section", "Shares slip", "Markets fell.", []string{"Opinion", "Letters"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, conf := Classify(tc.headline, tc.body, tc.allowed)
			if tc.name == "allowed restricts" {
				if got != "Business" && got != "Politics" {
					t.Errorf("Classify = %q, want one of the allowed", got)
				}
				return
			}
			if got != tc.want {
				t.Errorf("Classify = %q (%.2f), want %q", got, conf, tc.want)
			}
			if got == "" && conf != 0 || got != "" && (conf <= 0 || conf > 1) {
				t.Errorf("confidence %.3f out of range for %q", conf, got)
			}
		})
	}
}

func TestClassifyNoEvidence(t *testing.T) {
	got, conf := Classify("", "", []string{"Opinion", "Sport", "Business"})
	if got != "Sport" || math.Abs(conf-0.5) > 1e-9 {
		t.Errorf("Classify of nothing = %q %.3f, want the first known allowed section at 0.5", got, conf)
	}
}

func TestScores(t *testing.T) {
	allowed := []string{"Opinion", "World", "Sport", "Business"}
	s := Scores("Rebels shell border villages", "Rebel fighters shelled villages near the border.", allowed)
	if len(s) != len(allowed) || s[0] != 0 {
		t.Fatalf("Scores = %v", s)
	}
	if sum := s[1] + s[2] + s[3]; math.Abs(sum-1) > 1e-9 {
		t.Errorf("known sections sum to %.6f, want 1", sum)
	}
	if !(s[1] > s[2] && s[1] > s[3]) {
		t.Errorf("World should lead: %v", s)
	}
	name, conf := Classify("Rebels shell border villages", "Rebel fighters shelled villages near the border.", allowed)
	if name != "World" || math.Abs(conf-s[1]) > 1e-9 {
		t.Errorf("Classify = %q %.4f, Scores say World %.4f", name, conf, s[1])
	}
}

func TestKnown(t *testing.T) {
	for _, s := range Default {
		if !Known(s) {
			t.Errorf("default section %q unknown", s)
		}
	}
	for name, want := range map[string]bool{"sports": true, " Tech ": true, "Entertainment": true, "Opinion": false, "": false} {
		if Known(name) != want {
			t.Errorf("Known(%q) = %v", name, !want)
		}
	}
}

func readReport(t *testing.T) training.Report {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	var r training.Report
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	return r
}

// The embedded model is the one the report describes: its score on the
// self-made wire check set is the reported one, item for item in total.
func TestEmbeddedModelMatchesReport(t *testing.T) {
	r := readReport(t)
	docs, err := training.ReadWire(filepath.Join("testdata", "wire.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	got := training.CheckWire(model(), docs)
	if got.Right != r.Wire.Right || got.FourRight != r.Wire.FourRight || got.N != r.Wire.N {
		t.Errorf("check set: %d/%d right (four kinds %d), report says %d/%d (%d); retrain with make train-section",
			got.Right, got.N, got.FourRight, r.Wire.Right, r.Wire.N, r.Wire.FourRight)
	}
	if len(model().Vocab) != r.Words || len(modelFile) != r.Bytes {
		t.Errorf("model has %d words in %d bytes, report says %d in %d", len(model().Vocab), len(modelFile), r.Words, r.Bytes)
	}
	// The bar for four-kind short wire items is 80%.
	if acc := float64(got.FourRight) / float64(got.FourN); acc < 0.8 {
		t.Errorf("four-kind check set accuracy %.3f < 0.8", acc)
	}
}

// TestCrossValidationReproduced reruns the BBC cross-validation (needs
// ../shared) and, with ../data too, the whole training run, and checks the
// reported figures and the embedded model's bytes.
func TestCrossValidationReproduced(t *testing.T) {
	paths := training.DefaultPaths(filepath.Join("..", ".."))
	if _, err := os.Stat(paths.BBC); err != nil {
		t.Skip("no ../shared corpus:", err)
	}
	if testing.Short() {
		t.Skip("trains five models")
	}
	r := readReport(t)
	bbc, err := corpus.BBC(paths.BBC)
	if err != nil {
		t.Fatal(err)
	}
	cv, err := training.CrossValidate(bbc, nil, r.CVBBC.Folds, training.Options())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name      string
		got, want training.Confusion
	}{{"whole", cv.Full, r.CVBBC.Full}, {"short", cv.Short, r.CVBBC.Short}, {"whole, 5 sections", cv.Full5, r.CVBBC.Full5}, {"short, 5 sections", cv.Short5, r.CVBBC.Short5}} {
		if c.got.Right != c.want.Right || c.got.N != c.want.N {
			t.Errorf("BBC CV %s: %d/%d, report says %d/%d", c.name, c.got.Right, c.got.N, c.want.Right, c.want.N)
		}
	}
	t.Logf("BBC %d-fold CV (BBC only): whole %.4f, short %.4f", cv.Folds, cv.Full.Accuracy(), cv.Short.Accuracy())

	if _, err := os.Stat(filepath.Join(paths.Data, "conll2003", "train.txt")); err != nil {
		t.Log("no ../data: the full training run is not repeated:", err)
		return
	}
	m, full, err := training.Run(paths, r.CVAll.Folds, testWriter{t})
	if err != nil {
		t.Fatal(err)
	}
	if full.CVAll.Full.Right != r.CVAll.Full.Right || full.CVAll.Short.Right != r.CVAll.Short.Right {
		t.Errorf("CV with extra data: %d, %d right; report says %d, %d", full.CVAll.Full.Right, full.CVAll.Short.Right, r.CVAll.Full.Right, r.CVAll.Short.Right)
	}
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), modelFile) {
		t.Error("retraining gave a model that differs from the embedded one; run make train-section")
	}
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(string(bytes.TrimSpace(p)))
	return len(p), nil
}

func BenchmarkClassifyShort(b *testing.B) {
	model()
	b.ResetTimer()
	for range b.N {
		Classify("Federer beats Hewitt to reach final", "World number one Roger Federer beat Lleyton Hewitt in straight sets on Saturday to reach the final of the US Open.", nil)
	}
}

func TestMatch(t *testing.T) {
	for _, tc := range []struct {
		name    string
		allowed []string
		want    string
		ok      bool
	}{
		{"sport", nil, "Sport", true},
		{"  SPORT ", nil, "Sport", true},
		{"Sports", nil, "Sport", true},
		{"arts", nil, "Culture", true},
		{"entertainment", nil, "Culture", true},
		{"tech", nil, "Technology", true},
		{"Sport", []string{"World", "Sports"}, "Sports", true},     // an alias on the configured side
		{"opinion", []string{"World", "Opinion"}, "Opinion", true}, // a section the model does not know
		{"Sprot", nil, "", false},
		{"", nil, "", false},
		{"culture", []string{"Arts", "Culture"}, "Culture", true}, // the same spelling wins over an alias
	} {
		got, ok := Match(tc.name, tc.allowed)
		if got != tc.want || ok != tc.ok {
			t.Errorf("Match(%q, %q) = %q, %v; want %q, %v", tc.name, tc.allowed, got, ok, tc.want, tc.ok)
		}
	}
}
