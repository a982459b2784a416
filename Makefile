# The briefing's tasks. Everything runs through the Go toolchain: Hugo is
# the version pinned in go.mod, run as `go tool hugo`, and the program is
# built from generator/ into $(BIN) and run from there, so a failure prints
# its own one line and no `go run` "exit status 1".
GO ?= go
BIN := .briefing/bin/briefing
# staticcheck, pinned, installed from the module proxy into .tools/.
STATICCHECK_VERSION := v0.8.2
STATICCHECK := .tools/bin/staticcheck-$(STATICCHECK_VERSION)
# go.mod replaces go-dateparser with this module of our own (see its
# README.md); being a module of its own, ./... does not reach it.
DATEPARSER := generator/internal/third_party/dateparser

.PHONY: site test lint serve clean eval bench check fuzz train-section train-ner fit-keypoints headroom $(BIN)

$(BIN): ## build the program (quick when nothing changed)
	@$(GO) build -o $@ ./generator

site: $(BIN) ## build the briefing from the inbox into public/
	@$(BIN) build

test: ## run every test, the end-to-end build included
	$(GO) test ./...
	$(GO) -C $(DATEPARSER) test ./...

lint: $(STATICCHECK) ## go vet and staticcheck over every package
	$(GO) vet ./...
	$(STATICCHECK) ./...
	$(GO) -C $(DATEPARSER) vet ./...
	cd $(DATEPARSER) && $(CURDIR)/$(STATICCHECK) ./...

$(STATICCHECK):
	GOBIN=$(CURDIR)/.tools/bin $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)
	mv .tools/bin/staticcheck $@

serve: $(BIN) ## live preview at http://localhost:1313/, rendered in memory (public/ is never touched)
	@$(BIN) serve

eval: $(BIN) ## key points (ROUGE) and figure measures against ../shared/corpus; entities on CoNLL-2003 dev (BRIEFING_CONLL_DIR) and quotations on PolNeAR dev (BRIEFING_POLNEAR_DIR) when set
	@$(BIN) eval ../shared/corpus

bench: $(BIN) ## Go benchmarks of every hot path, then the pipeline against Hugo's floor at 1x and 10x (needs ../shared)
	$(GO) test -run '^$$' -bench . -benchmem ./generator/...
	@$(BIN) bench ../shared/corpus/bbc

check: site ## web checks: HTML validator, accessibility, links, feeds, the home page's weight and search in a real browser (installs Java, Chromium and the npm tools it needs)
	bash scripts/check.sh

# Targets that find new inputs often would spend their time minimising
# them (60 s each by default), not fuzzing: -fuzzminimizetime 2s.
FUZZMIN := -fuzzminimizetime 2s

fuzz: ## fuzz parsing, escaping, front matter, term names, ingest, pages, feeds, file sniffing, URL lists, recipient lists, addresses, quotations, dates, trimming and what search indexes for a while each (FUZZTIME=30s)
	$(GO) test -run '^$$' -fuzz FuzzParse -fuzztime $${FUZZTIME:-30s} ./generator/article
	$(GO) test -run '^$$' -fuzz FuzzEscape -fuzztime $${FUZZTIME:-30s} ./generator/content
	$(GO) test -run '^$$' -fuzz FuzzScalar -fuzztime $${FUZZTIME:-30s} ./generator/content
	$(GO) test -run '^$$' -fuzz FuzzTerm -fuzztime $${FUZZTIME:-30s} ./generator/content
	$(GO) test -run '^$$' -fuzz FuzzIngest -fuzztime $${FUZZTIME:-30s} $(FUZZMIN) ./generator/ingest
	$(GO) test -run '^$$' -fuzz FuzzFragment -fuzztime $${FUZZTIME:-30s} $(FUZZMIN) ./generator/source/htmltext
	$(GO) test -run '^$$' -fuzz FuzzParse -fuzztime $${FUZZTIME:-30s} $(FUZZMIN) ./generator/source/webpage
	$(GO) test -run '^$$' -fuzz FuzzParse -fuzztime $${FUZZTIME:-30s} $(FUZZMIN) ./generator/source/feed
	$(GO) test -run '^$$' -fuzz FuzzFile -fuzztime $${FUZZTIME:-30s} $(FUZZMIN) ./generator/source/sniff
	$(GO) test -run '^$$' -fuzz FuzzParseList -fuzztime $${FUZZTIME:-30s} $(FUZZMIN) ./generator/source/fetch
	$(GO) test -run '^$$' -fuzz FuzzParseList -fuzztime $${FUZZTIME:-30s} ./generator/email/mailing
	$(GO) test -run '^$$' -fuzz FuzzParse -fuzztime $${FUZZTIME:-30s} ./generator/email/address
	$(GO) test -run '^$$' -fuzz FuzzTokenize -fuzztime $${FUZZTIME:-30s} ./generator/meta/tagger
	$(GO) test -run '^$$' -fuzz FuzzSentence -fuzztime $${FUZZTIME:-30s} ./generator/meta/trim
	$(GO) test -run '^$$' -fuzz FuzzFind -fuzztime $${FUZZTIME:-30s} ./generator/meta/quote
	$(GO) test -run '^$$' -fuzz FuzzView -fuzztime $${FUZZTIME:-30s} $(FUZZMIN) ./generator/search
	$(GO) -C $(DATEPARSER) test -run '^$$' -fuzz FuzzParse -fuzztime $${FUZZTIME:-30s} .
	$(GO) -C $(DATEPARSER) test -run '^$$' -fuzz FuzzRoundTrip -fuzztime $${FUZZTIME:-30s} .

train-section: ## retrain the embedded section model (needs ../shared and ../data; see generator/section/README.md)
	$(GO) run ./generator/section/cmd/train

# CoNLL-2003 English (train.txt, valid.txt) for train-ner: a git-ignored folder.
DATA ?= .data/conll2003

train-ner: ## rebuild the tagger's models (parts of speech, chunks, entities) from CoNLL-2003 in DATA; prints dev figures
	GOMAXPROCS=2 $(GO) run ./generator/meta/tagger/cmd/train -data $(DATA)

fit-keypoints: ## refit the key-point ranker on ../shared/corpus/cnndm-dev; prints cross-validated ROUGE, rewrites generator/meta/rank/weights.go
	$(GO) run ./generator/meta/evaluate/cmd/fitkeypoints -corpus ../shared/corpus

headroom: ## where the key points lose ROUGE on ../shared/corpus/cnndm-dev: oracles, variants and each trim rule's worth, cross-validated as fit-keypoints is
	$(GO) run ./generator/meta/evaluate/cmd/kpheadroom -corpus ../shared/corpus

clean: ## remove build output (.briefing/ keeps the send logs, suppression list and unsubscribe key)
	rm -rf public resources/_gen .public.* .briefing.lock .briefing/bin
