# Reception Coach (接访教练). `make run` serves on :8080; `make test` runs every test.
GO        ?= go
ADDR      ?= :8080
DATA      ?= ./data
CORPUS    ?= ../shared/corpus
BIN       := bin/coach
GOFLAGS_T ?= -count=1

.PHONY: run build test vet bench eval model clean

build:
	CGO_ENABLED=0 $(GO) build -o $(BIN) ./cmd/coach

run: build
	./$(BIN) serve --addr $(ADDR) --data $(DATA) $(if $(wildcard $(CORPUS)),--corpus $(CORPUS),)

# Every test runs verbosely into bin/test.log; the package results and every
# skipped test (with its reason) are printed, and the whole log on failure.
test:
	$(GO) vet ./...
	@mkdir -p bin; \
	$(GO) test $(GOFLAGS_T) -v -timeout 15m ./... > bin/test.log 2>&1; status=$$?; \
	grep -E -B1 -- '--- SKIP' bin/test.log | grep -v -E -- '^(--|=== RUN.*)$$' | sed 's/^ */skipped: /' || true; \
	if [ $$status -ne 0 ]; then cat bin/test.log; else grep -E '^(ok|FAIL|PASS)[[:space:]]' bin/test.log; fi; \
	echo "full log: bin/test.log"; \
	echo "tests: $$(grep -c -E '^[[:space:]]*--- PASS' bin/test.log) passed, $$(grep -c -E '^[[:space:]]*--- FAIL' bin/test.log) failed, $$(grep -c -E '^[[:space:]]*--- SKIP' bin/test.log) skipped"; \
	exit $$status

# Retrain the learned models after labelled data or the rules changed: the
# fault model (coach/faultmodel.tsv), then the stage model
# (coach/stagemodel.tsv), which reads the faults. Each prints what
# cross-validation by author measured.
model:
	$(GO) run ./cmd/coach train-faults --out coach/faultmodel.tsv
	$(GO) run ./cmd/coach train-stages --out coach/stagemodel.tsv

clean:
	rm -rf bin
