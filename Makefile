# The briefing's tasks. Everything runs through the Go toolchain: Hugo is
# the version pinned in go.mod, run as `go tool hugo`.
GO ?= go
GEN := $(GO) run ./generator

.PHONY: site test serve clean eval bench check fuzz train-section

site: ## build the briefing from the inbox into public/
	$(GEN) build

test: ## run every test, the end-to-end build included
	$(GO) test ./...

serve: site ## live preview at http://localhost:1313/
	$(GO) tool hugo server --disableFastRender

eval: ## summary quality (ROUGE) against ../shared/corpus
	$(GEN) eval ../shared/corpus

bench: ## Go benchmarks of every hot path, then the pipeline against bare hugo --minify (needs ../shared)
	$(GO) test -run '^$$' -bench . -benchmem ./generator/...
	mkdir -p .briefing
	$(GO) build -o .briefing/bench-generator ./generator
	.briefing/bench-generator bench ../shared/corpus/bbc

check: site ## web checks: HTML validator, accessibility, links, feeds
	bash scripts/check.sh

fuzz: ## fuzz parsing, escaping, front matter, ingest, recipient lists, addresses and what search indexes for a while each (FUZZTIME=30s)
	$(GO) test -run '^$$' -fuzz FuzzParse -fuzztime $${FUZZTIME:-30s} ./generator/article
	$(GO) test -run '^$$' -fuzz FuzzEscape -fuzztime $${FUZZTIME:-30s} ./generator/content
	$(GO) test -run '^$$' -fuzz FuzzScalar -fuzztime $${FUZZTIME:-30s} ./generator/content
	$(GO) test -run '^$$' -fuzz FuzzIngest -fuzztime $${FUZZTIME:-30s} ./generator/ingest
	$(GO) test -run '^$$' -fuzz FuzzParseList -fuzztime $${FUZZTIME:-30s} ./generator/email/mailing
	$(GO) test -run '^$$' -fuzz FuzzParse -fuzztime $${FUZZTIME:-30s} ./generator/email/address
	$(GO) test -run '^$$' -fuzz FuzzView -fuzztime $${FUZZTIME:-30s} ./generator/search

train-section: ## retrain the embedded section model (needs ../shared and ../data; see generator/section/README.md)
	$(GO) run ./generator/section/cmd/train

clean: ## remove build output
	rm -rf public resources/_gen .public.* .briefing.lock .briefing/bench-generator
