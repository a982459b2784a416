package unsubscribe

import (
	"errors"
	"html/template"
	"net/http"
)

// Handler serves one-click unsubscribes (RFC 8058) at the List-Unsubscribe
// URL: a POST whose body holds List-Unsubscribe=One-Click, sent by the
// reader's mail provider (or by the button of the page a GET shows),
// suppresses the reader the URL's token names. A GET never unsubscribes:
// link scanners and previews fetch every URL in a message.
type Handler struct {
	Resolver *Resolver
	// Add suppresses addr; source says how it came ("one-click").
	Add func(addr, source string) error
	// Name is the newsletter's name, for the pages.
	Name string
	// Done, when set, is told of each reader unsubscribed.
	Done func(addr string)
}

// maxForm bounds a request body: the one-click body is 26 bytes.
const maxForm = 16 << 10

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		h.page(w, http.StatusOK, pageData{Name: h.Name, Token: TokenOf(r.URL.String())})
	case http.MethodPost:
		r.Body = http.MaxBytesReader(w, r.Body, maxForm)
		if err := r.ParseMultipartForm(maxForm); err != nil && !errors.Is(err, http.ErrNotMultipart) {
			h.page(w, http.StatusBadRequest, pageData{Name: h.Name, Problem: "The request could not be read."})
			return
		}
		if r.PostFormValue("List-Unsubscribe") != "One-Click" {
			h.page(w, http.StatusBadRequest, pageData{Name: h.Name, Problem: "A one-click unsubscribe sends List-Unsubscribe=One-Click."})
			return
		}
		token := TokenOf(r.URL.String())
		if token == "" {
			token = r.PostFormValue(Param)
		}
		addr, err := h.Resolver.Address(token)
		if errors.Is(err, ErrUnknownToken) {
			h.page(w, http.StatusNotFound, pageData{Name: h.Name, Problem: "This unsubscribe link is not valid. Use the link in the most recent issue, or reply to it asking to unsubscribe."})
			return
		}
		if err == nil {
			err = h.Add(addr, "one-click")
		}
		if err != nil {
			h.page(w, http.StatusInternalServerError, pageData{Name: h.Name, Problem: "Something went wrong on our side; please try again later."})
			return
		}
		if h.Done != nil {
			h.Done(addr)
		}
		h.page(w, http.StatusOK, pageData{Name: h.Name, Done: true})
	default:
		w.Header().Set("Allow", "GET, HEAD, POST")
		h.page(w, http.StatusMethodNotAllowed, pageData{Name: h.Name, Problem: "Use the link in the email."})
	}
}

type pageData struct {
	Name, Token, Problem string
	Done                 bool
}

var pageTmpl = template.Must(template.New("page").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Unsubscribe · {{ .Name }}</title></head>
<body style="font-family:Georgia,serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5">
<h1>Unsubscribe</h1>
{{- if .Done }}
<p>You are unsubscribed from {{ .Name }}. No further issues will be sent to you.</p>
{{- else if .Problem }}
<p>{{ .Problem }}</p>
{{- else if .Token }}
<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><input type="hidden" name="t" value="{{ .Token }}">
<p>Stop receiving {{ .Name }}?</p><p><button type="submit">Unsubscribe</button></p></form>
{{- else }}
<p>To unsubscribe from {{ .Name }}, use the unsubscribe link at the foot of any issue.</p>
{{- end }}
</body></html>
`))

func (h *Handler) page(w http.ResponseWriter, status int, d pageData) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Referrer-Policy", "no-referrer")
	w.WriteHeader(status)
	pageTmpl.Execute(w, d)
}
