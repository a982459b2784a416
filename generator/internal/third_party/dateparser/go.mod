// A compact stand-in for github.com/markusmobius/go-dateparser, wired in
// by the replace directive in the briefing's go.mod: see README.md.
module github.com/markusmobius/go-dateparser

go 1.26.8
