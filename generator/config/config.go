// Package config reads the briefing's settings from Hugo's config.toml, so
// that the site and the generator share one file.
package config

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/pelletier/go-toml/v2"
)

// Config is the part of config.toml the generator reads. Hugo reads the
// rest; the briefing's own settings live under [params] so templates see
// them too.
type Config struct {
	BaseURL string `toml:"baseURL"`
	Title   string `toml:"title"`
	Params  Params `toml:"params"`
	// Taxonomies is Hugo's [taxonomies]: singular name -> plural name, the
	// front matter key whose values get term pages.
	Taxonomies map[string]string `toml:"taxonomies"`

	// Dir is the folder config.toml was read from; relative folders in the
	// settings are taken from here.
	Dir string `toml:"-"`
}

// Params are the briefing's own settings.
type Params struct {
	Name    string `toml:"name"`
	Tagline string `toml:"tagline"`
	// Sections are an issue's sections, in the order it shows them; nil
	// means section.Default. Every story gets one (see ingest).
	Sections  []string  `toml:"sections"`
	Sender    Sender    `toml:"sender"`
	Email     Email     `toml:"email"`
	Generator Generator `toml:"generator"`
}

// Sender is who the email edition comes from.
type Sender struct {
	Name    string `toml:"name"`
	Address string `toml:"address"`
	ReplyTo string `toml:"replyTo"`
	// PostalAddress is the sender's physical postal address, shown in the
	// footer of every email (CAN-SPAM requires one).
	PostalAddress string `toml:"postalAddress"`
}

// Email holds the email edition's settings.
type Email struct {
	// Subject is a Go text/template over .Name, .Date, .Issue and .Lead.
	Subject string `toml:"subject"`
	// Unsubscribe is an https URL, a mailto: address, or both separated by
	// a space; it becomes List-Unsubscribe, with each reader's token added
	// at send time. Without an https URL the site's /unsubscribe/ page is
	// used.
	Unsubscribe string `toml:"unsubscribe"`
	// Rate is the most messages sent per second; 0 means no limit.
	Rate float64 `toml:"rate"`
	// Concurrency is how many SMTP connections send at once; 0 means 1.
	Concurrency int `toml:"concurrency"`
	// DKIMSelector, when set, has send sign every message with DKIM
	// (d = the sender's domain, s = this selector) using the private key
	// in the file named by $BRIEFING_DKIM_KEY.
	DKIMSelector string `toml:"dkimSelector"`
}

// Generator holds the folders and limits of the pipeline.
type Generator struct {
	Inbox    string `toml:"inbox"`
	Content  string `toml:"content"`
	Public   string `toml:"public"`
	MaxBytes int64  `toml:"maxBytes"`
	// MaxPageBytes limits saved web pages, feeds and downloads; 0 means
	// 10 MiB.
	MaxPageBytes int64 `toml:"maxPageBytes"`
	// FollowLinks fetches the page of a feed item that carries only a
	// short description (as --follow-links does).
	FollowLinks bool `toml:"followLinks"`
}

// Load reads the config file at path.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	var c Config
	if err := toml.Unmarshal(data, &c); err != nil {
		if de, ok := err.(*toml.DecodeError); ok {
			line, _ := de.Position()
			return nil, fmt.Errorf("%s:%d: %s - fix the TOML syntax", path, line, de.Error())
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if c.Dir, err = filepath.Abs(filepath.Dir(path)); err != nil {
		return nil, err
	}
	g := &c.Params.Generator
	if g.Inbox == "" {
		g.Inbox = "inbox"
	}
	if g.Content == "" {
		g.Content = "content"
	}
	if g.Public == "" {
		g.Public = "public"
	}
	if c.Params.Name == "" {
		c.Params.Name = c.Title
	}
	return &c, nil
}

// TaxonomyKeys are the front matter keys Hugo makes term pages of, sorted:
// the plural names under [taxonomies], or Hugo's own default (categories
// and tags) when config.toml has no such table.
func (c *Config) TaxonomyKeys() []string {
	if c.Taxonomies == nil {
		return []string{"categories", "tags"}
	}
	keys := make([]string, 0, len(c.Taxonomies))
	for _, plural := range c.Taxonomies {
		keys = append(keys, strings.ToLower(plural))
	}
	sort.Strings(keys)
	return keys
}

// Path resolves a setting's folder against the config's folder.
func (c *Config) Path(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(c.Dir, p)
}
