package unsubscribe

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
)

func secret(t *testing.T) Secret {
	s, err := LoadSecret(t.TempDir(), func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSecretIsGeneratedOnceAndKeptPrivate(t *testing.T) {
	dir := t.TempDir()
	none := func(string) string { return "" }
	var wg sync.WaitGroup
	tokens := make([]string, 4)
	for i := range tokens {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := LoadSecret(dir, none)
			if err != nil {
				t.Error(err)
				return
			}
			tokens[i] = s.Token("ann@example.org")
		}()
	}
	wg.Wait()
	for _, tok := range tokens[1:] {
		if tok != tokens[0] {
			t.Fatalf("concurrent first loads made different secrets: %v", tokens)
		}
	}
	fi, err := os.Stat(SecretPath(dir))
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("secret file: %v, %v", fi, err)
	}
	// The environment wins, and a short secret is refused.
	env := func(v string) func(string) string {
		return func(k string) string {
			if k == EnvSecret {
				return v
			}
			return ""
		}
	}
	s, err := LoadSecret(dir, env("a long enough secret from the environment"))
	if err != nil || s.Token("ann@example.org") == tokens[0] {
		t.Errorf("the environment's secret was not used: %v", err)
	}
	if _, err := LoadSecret(dir, env("short")); err == nil {
		t.Errorf("a 5-character secret was accepted")
	}
}

func TestToken(t *testing.T) {
	s := secret(t)
	a := s.Token("Ann@Example.org")
	if !IsToken(a) || a != s.Token("ann@example.org") || a == s.Token("bob@example.org") {
		t.Errorf("tokens: %q %q", a, s.Token("bob@example.org"))
	}
	if !s.Valid("ann@example.org", a) || s.Valid("bob@example.org", a) || s.Valid("ann@example.org", a[:21]+"x") {
		t.Error("Valid")
	}
	if other := secret(t); other.Token("ann@example.org") == a {
		t.Error("two secrets give one token")
	}
	text := "Subject: unsubscribe " + a + "\nsome-other-word and " + strings.Repeat("x", 30)
	if got := FindTokens(text); len(got) != 1 || got[0] != a {
		t.Errorf("FindTokens: %q", got)
	}
}

func TestLinks(t *testing.T) {
	got := Links([]string{"https://briefing.example.org/unsubscribe/", "mailto:unsubscribe@example.org", "https://x.test/u?list=news"}, "TOKEN_abcdefghijklmnop")
	want := []string{
		"https://briefing.example.org/unsubscribe/?t=TOKEN_abcdefghijklmnop",
		"mailto:unsubscribe@example.org?subject=unsubscribe%20TOKEN_abcdefghijklmnop",
		"https://x.test/u?list=news&t=TOKEN_abcdefghijklmnop",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Links:\n%q\nwant\n%q", got, want)
	}
	if TokenOf(got[0]) != "TOKEN_abcdefghijklmnop" || TokenOf("https://x.test/u") != "" {
		t.Error("TokenOf")
	}
	if DefaultURL("https://briefing.example.org/") != "https://briefing.example.org/unsubscribe/" ||
		DefaultURL("https://example.org/briefing") != "https://example.org/briefing/unsubscribe/" {
		t.Error("DefaultURL")
	}
}

// resolver knows the readers ann@ and bob@.
func resolver(t *testing.T) *Resolver {
	return &Resolver{Secret: secret(t), Readers: func() ([]string, error) {
		return []string{"ann@example.org", "bob@example.org"}, nil
	}}
}

// sink records suppressions.
type sink struct {
	mu    sync.Mutex
	added []string
}

func (s *sink) add(addr, source string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.added = append(s.added, addr+" "+source)
	return nil
}

func (s *sink) list() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return strings.Join(s.added, ", ")
}

// TestOneClickPOST sends real RFC 8058 POSTs to the handler on loopback.
func TestOneClickPOST(t *testing.T) {
	r := resolver(t)
	var got sink
	srv := httptest.NewServer(&Handler{Resolver: r, Add: got.add, Name: "The Briefing"})
	defer srv.Close()
	link := Links([]string{srv.URL + "/unsubscribe/"}, r.Secret.Token("ann@example.org"))[0]

	post := func(target, contentType, body string) (int, string) {
		res, err := http.Post(target, contentType, strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	// A GET (a link scanner, a preview) unsubscribes no one.
	res, err := http.Get(link)
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || got.list() != "" || !strings.Contains(string(page), `<button type="submit">Unsubscribe</button>`) {
		t.Fatalf("GET: %d, suppressed %q, page:\n%s", res.StatusCode, got.list(), page)
	}
	// Without the one-click body: refused.
	if code, _ := post(link, "application/x-www-form-urlencoded", "x=1"); code != http.StatusBadRequest || got.list() != "" {
		t.Errorf("a POST without List-Unsubscribe=One-Click: %d, %q", code, got.list())
	}
	// The RFC 8058 POST, as mail providers send it.
	code, body := post(link, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click")
	if code != 200 || got.list() != "ann@example.org one-click" || !strings.Contains(body, "You are unsubscribed") {
		t.Errorf("one-click POST: %d, %q\n%s", code, got.list(), body)
	}
	// Some send it as multipart/form-data.
	mp := "--XX\r\nContent-Disposition: form-data; name=\"List-Unsubscribe\"\r\n\r\nOne-Click\r\n--XX--\r\n"
	bob := Links([]string{srv.URL + "/unsubscribe/"}, r.Secret.Token("bob@example.org"))[0]
	if code, _ := post(bob, "multipart/form-data; boundary=XX", mp); code != 200 || !strings.Contains(got.list(), "bob@example.org one-click") {
		t.Errorf("multipart POST: %d, %q", code, got.list())
	}
	// The page's own button posts the token as a field.
	form := url.Values{"List-Unsubscribe": {"One-Click"}, "t": {r.Secret.Token("ann@example.org")}}
	if code, _ := post(srv.URL+"/unsubscribe/", "application/x-www-form-urlencoded", form.Encode()); code != 200 {
		t.Errorf("the page's form: %d", code)
	}
	// A forged or stale token unsubscribes no one.
	before := got.list()
	for _, bad := range []string{"AAAAAAAAAAAAAAAAAAAAAA", "short", "<script>"} {
		code, body := post(srv.URL+"/unsubscribe/?t="+url.QueryEscape(bad), "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click")
		if code != http.StatusNotFound || strings.Contains(body, "<script>") {
			t.Errorf("token %q: %d", bad, code)
		}
	}
	if got.list() != before {
		t.Errorf("a bad token unsubscribed someone: %q", got.list())
	}
	req, _ := http.NewRequest(http.MethodDelete, link, nil)
	if res, err := http.DefaultClient.Do(req); err != nil || res.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("DELETE: %v %v", res.StatusCode, err)
	}
}

func TestResolverReadsNewReaders(t *testing.T) {
	readers := []string{"ann@example.org"}
	r := &Resolver{Secret: secret(t), Readers: func() ([]string, error) { return readers, nil }}
	if a, err := r.Address(r.Secret.Token("ann@example.org")); err != nil || a != "ann@example.org" {
		t.Fatalf("ann: %q, %v", a, err)
	}
	readers = append(readers, "carol@example.org")
	if a, err := r.Address(r.Secret.Token("CAROL@example.org")); err != nil || a != "carol@example.org" {
		t.Errorf("a reader added since: %q, %v", a, err)
	}
	if _, err := r.Address(r.Secret.Token("dave@example.org")); err != ErrUnknownToken {
		t.Errorf("unknown reader: %v", err)
	}
}
