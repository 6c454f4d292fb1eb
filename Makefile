# Reception Coach (接访教练). `make run` serves on :8080; `make test` runs every test.
GO        ?= go
ADDR      ?= :8080
DATA      ?= ./data
CORPUS    ?= ../shared/corpus
BIN       := bin/coach
GOFLAGS_T ?= -count=1

.PHONY: run build test vet bench eval clean

build:
	CGO_ENABLED=0 $(GO) build -o $(BIN) ./cmd/coach

run: build
	./$(BIN) serve --addr $(ADDR) --data $(DATA) $(if $(wildcard $(CORPUS)),--corpus $(CORPUS),)

test:
	$(GO) vet ./...
	$(GO) test $(GOFLAGS_T) -timeout 15m ./...

clean:
	rm -rf bin
