// Package address checks and normalises the recipient addresses a list,
// --to or an unsubscribe request gives, so that one mailbox has one
// spelling everywhere: in the SMTP envelope, the send log, the
// suppression list and the unsubscribe token.
package address

import (
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/idna"
	"golang.org/x/text/unicode/norm"
)

// Parse checks that s is one bare email address and returns it normalised:
// white space and invisible characters (a byte-order mark, zero-width
// spaces) around it removed, the domain lower-cased and in its ASCII
// (punycode) form, the local part in Unicode NFC. A display name, a
// comment, a local part that needs quoting and a domain without a dot are
// refused: each is far likelier a mistake in a list than a reader.
func Parse(s string) (string, error) {
	s = strings.TrimFunc(s, invisible)
	if s == "" {
		return "", errors.New("empty address")
	}
	if !utf8.ValidString(s) {
		return "", fmt.Errorf("invalid email address %q: not UTF-8", s)
	}
	for _, r := range s {
		if unicode.IsControl(r) || (invisible(r) && !unicode.IsSpace(r)) {
			return "", fmt.Errorf("invalid email address %q: control or invisible character", s)
		}
	}
	a, err := mail.ParseAddress(s)
	if err != nil {
		return "", fmt.Errorf("invalid email address %q", s)
	}
	if a.Name != "" {
		return "", fmt.Errorf("invalid email address %q: give the bare address, without a name or comment", s)
	}
	at := strings.LastIndexByte(a.Address, '@')
	local, domain := a.Address[:at], a.Address[at+1:]
	if !dotAtom(local) {
		return "", fmt.Errorf("invalid email address %q: a quoted local part (spaces or special characters before the @) is not supported", s)
	}
	local = norm.NFC.String(local)
	if strings.HasPrefix(domain, "[") {
		return "", fmt.Errorf("invalid email address %q: an IP address instead of a domain is not supported", s)
	}
	ascii, err := idna.Lookup.ToASCII(strings.ToLower(domain))
	if err != nil || !strings.Contains(ascii, ".") || strings.HasSuffix(ascii, ".") {
		return "", fmt.Errorf("invalid email address %q: %q is not a domain name", s, domain)
	}
	if len(local) > 64 || len(local)+1+len(ascii) > 254 {
		return "", fmt.Errorf("invalid email address %q: too long", s)
	}
	return local + "@" + ascii, nil
}

// Key is how addresses are compared: two that differ only in case are one
// mailbox in practice and must not get an issue twice.
func Key(addr string) string { return strings.ToLower(strings.TrimFunc(addr, invisible)) }

// Domain is the part after the last @.
func Domain(addr string) string { return addr[strings.LastIndexByte(addr, '@')+1:] }

// NeedsSMTPUTF8 reports whether addr can only be sent with the SMTPUTF8
// extension (RFC 6531): its local part is not ASCII.
func NeedsSMTPUTF8(addr string) bool {
	for i := 0; i < len(addr); i++ {
		if addr[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// invisible are the characters editors' tools leave around text that no
// one can see: white space, the byte-order mark and zero-width characters.
func invisible(r rune) bool {
	switch r {
	case '\ufeff', '\u200b', '\u200c', '\u200d', '\u2060', '\u00ad':
		return true
	}
	return unicode.IsSpace(r)
}

// dotAtom reports whether local needs no quoting (RFC 5322 dot-atom, with
// the UTF-8 of RFC 6532).
func dotAtom(local string) bool {
	if local == "" || local[0] == '.' || local[len(local)-1] == '.' || strings.Contains(local, "..") {
		return false
	}
	for _, r := range local {
		if r >= utf8.RuneSelf {
			if !unicode.IsGraphic(r) || unicode.IsSpace(r) {
				return false
			}
			continue
		}
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || strings.ContainsRune("!#$%&'*+-/=?^_`{|}~.", r)) {
			return false
		}
	}
	return true
}
