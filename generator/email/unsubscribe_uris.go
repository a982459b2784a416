package email

import "strings"

// UnsubscribeURIs reads params.email.unsubscribe, an https URL and a
// mailto: address separated by a space (either may be missing), and adds
// the site's own unsubscribe page, baseURL + "unsubscribe/", as the https
// URL when the setting names none: the layouts link to the same page.
func UnsubscribeURIs(setting, baseURL string) []string {
	uris := strings.Fields(setting)
	for _, u := range uris {
		if strings.HasPrefix(u, "https://") {
			return uris
		}
	}
	if strings.HasPrefix(baseURL, "https://") {
		uris = append([]string{strings.TrimSuffix(baseURL, "/") + "/unsubscribe/"}, uris...)
	}
	return uris
}
