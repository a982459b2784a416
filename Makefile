# The briefing's tasks. Everything runs through the Go toolchain: Hugo is
# the version pinned in go.mod, run as `go tool hugo`.
GO ?= go
GEN := $(GO) run ./generator

.PHONY: site test serve clean eval bench check fuzz

site: ## build the briefing from the inbox into public/
	$(GEN) build

test: ## run every test, the end-to-end build included
	$(GO) test ./...

serve: site ## live preview at http://localhost:1313/
	$(GO) tool hugo server --disableFastRender

eval: ## summary quality (ROUGE) against ../shared/corpus
	$(GEN) eval ../shared/corpus

bench: ## speed and memory of every stage
	$(GO) test -run '^$$' -bench . -benchmem ./generator/...

check: site ## web checks: HTML validator, accessibility, links, feeds
	bash scripts/check.sh

fuzz: ## fuzz the parsers for a while each (FUZZTIME=30s)
	$(GO) test -run '^$$' -fuzz FuzzParse -fuzztime $${FUZZTIME:-30s} ./generator/article
	$(GO) test -run '^$$' -fuzz FuzzEscape -fuzztime $${FUZZTIME:-30s} ./generator/content

clean: ## remove build output
	rm -rf public resources/_gen .public.* .briefing.lock
