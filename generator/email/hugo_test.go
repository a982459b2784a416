package email

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefing/generator/config"
	"briefing/generator/hugo"
)

// TestTemplatesThroughHugo renders the email templates with the real Hugo
// on an issue whose front matter is hostile, and checks that every piece
// of article text arrives escaped in the HTML and intact in the text.
func TestTemplatesThroughHugo(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	site := t.TempDir()
	cfg, err := os.ReadFile(filepath.Join(root, "config.toml"))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"config.toml":              string(cfg),
		"content/issues/_index.md": "---\ntitle: Archive\n---\n",
		"content/issues/2022-06-15/_index.md": "---\ntitle: 15 June 2022\ndate: \"2022-06-15\"\nissue: \"2022-06-15\"\n" +
			"outputs: [email, emailtext]\n---\n",
		"content/issues/2022-06-15/b.md": "---\ntitle: \"Second <b>story</b>\"\ndate: \"2022-06-15\"\nslug: b\nweight: 2\n" +
			"description: Two.\nkeypoints: [\"Plain point\"]\n---\nBody.\n",
		"content/issues/2022-06-15/a.md": "---\ntitle: \"Lead <script>alert(1)</script> & \\\"co\\\"\"\ndate: \"2022-06-15\"\nslug: a\nweight: 1\n" +
			"description: One.\nkeypoints: [\"<img src=x onerror=alert(1)> first\", \"second & <i>third</i>\"]\n---\nBody.\n",
	}
	for name, body := range files {
		p := filepath.Join(site, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The repository's layouts, labels and assets, as the build uses them.
	for _, d := range []string{"layouts", "i18n", "assets", "static"} {
		if err := os.CopyFS(filepath.Join(site, d), os.DirFS(filepath.Join(root, d))); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(site, "public")
	if err := hugo.Build(context.Background(), hugo.Options{Source: site, Destination: out}); err != nil {
		t.Fatal(err)
	}
	if _, err := Edition(context.Background(), out, testSettings()); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(out, "issues", "2022-06-15")
	html, _ := os.ReadFile(filepath.Join(dir, HTMLFile))
	text, _ := os.ReadFile(filepath.Join(dir, TextFile))
	h := string(html)
	for _, bad := range []string{"<script", "<img", "<b>", "<i>"} {
		if strings.Contains(h, bad) {
			t.Errorf("email.html contains unescaped %q", bad)
		}
	}
	// The postal address is in both parts' footers; the unsubscribe links
	// are those send personalises.
	c0, err := config.Load(filepath.Join(root, "config.toml"))
	if err != nil || c0.Params.Sender.PostalAddress == "" {
		t.Fatalf("the repository's config has no postal address: %v", err)
	}
	for _, want := range []string{c0.Params.Sender.PostalAddress, `href="https://briefing.example.org/unsubscribe/"`, `href="mailto:unsubscribe@example.org"`} {
		if !strings.Contains(h, want) {
			t.Errorf("email.html lacks %q", want)
		}
	}
	if strings.Contains(h, "font-size:1px") {
		t.Errorf("the preheader is hidden with a tiny font (SpamAssassin's FONT_INVIS)")
	}
	for _, want := range []string{"&lt;script>alert(1)&lt;/script>", "&lt;img src=x onerror=alert(1)> first",
		`href="https://briefing.example.org/issues/2022-06-15/a/"`, "Read the full story"} {
		if !strings.Contains(h, want) {
			t.Errorf("email.html lacks %q", want)
		}
	}
	if a, b := strings.Index(h, "Lead &lt;script>"), strings.Index(h, "Second &lt;b>"); a < 0 || b < a {
		t.Errorf("articles are not in weight order")
	}
	if !strings.Contains(h, `class="preheader"`) || !strings.Contains(h[strings.Index(h, `class="preheader"`):], "&lt;img src=x onerror=alert(1)> first") {
		t.Errorf("the preheader is not the lead's first key point")
	}
	for _, want := range []string{"THE BRIEFING\n", "15 June 2022\n", "1. Lead <script>alert(1)</script> & \"co\"\n",
		"- <img src=x onerror=alert(1)> first\n", "- second & <i>third</i>\n", "2. Second <b>story</b>\n",
		"https://briefing.example.org/issues/2022-06-15/a/\n", "Unsubscribe: https://briefing.example.org/unsubscribe/\n",
		c0.Params.Sender.PostalAddress + "\n"} {
		if !strings.Contains(string(text), want) {
			t.Errorf("email.txt lacks %q:\n%s", want, text)
		}
	}
	m, err := Load(dir, "2022-06-15", testSettings())
	if err != nil {
		t.Fatal(err)
	}
	if want := `The Briefing, 15 June 2022: Lead <script>alert(1)</script> & "co"`; m.Subject != want {
		t.Errorf("subject %q, want %q", m.Subject, want)
	}
}
