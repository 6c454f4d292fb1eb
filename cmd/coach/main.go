// Command coach is the reception-talk practice simulator: a web server, and
// command-line tools to play, score, search and check scenarios.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// env carries the process's streams to a subcommand.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
}

type command struct {
	name  string
	usage string
	run   func(ctx context.Context, e env, args []string) error
}

func commands() []command {
	return []command{
		{"serve", "serve the practice page (default :8080)", runServe},
		{"scenarios", "list scenarios (--json)", runScenarios},
		{"lint", "check scenario and voice files (PATH…)", runLint},
		{"test", "run the test talks of scenario files ([-v] [PATH…]; built-ins without PATH)", runTest},
		{"eval-visitors", "measure how each visitor type answers a good and a rude talk ([--json])", runEvalVisitors},
		{"play", "play a scenario from stdin lines (--scenario ID [--json])", runPlay},
		{"score", "score a transcript file ([--json] FILE)", runScore},
		{"search", "search the guidance library ([--corpus DIR]… [-k N] [--json] QUERY)", runSearch},
		{"ingest", "check and index a folder of documents (DIR…)", runIngest},
		{"eval-search", "measure retrieval quality and latency on a labelled set", runEvalSearch},
		{"interview", "civil-service interview practice (list --json | score --question ID [--json] FILE | eval)", runInterview},
		{"eval-score", "measure the scorer against hand-labelled talks ([--dir DIR] [-v] [--json])", runEvalScore},
		{"eval-agree", "measure how far two trainers' labels of the same talks agree, and the scorer beside them (--a DIR --b DIR [--json])", runEvalAgree},
		{"eval-lines", "measure fault recognition on hand-labelled single lines ([--file FILE] [-v] [--json])", runEvalLines},
		{"train-faults", "train the learned fault model on the labelled talks and lines ([--out FILE] [--check] [-v])", runTrainFaults},
		{"train-stages", "train the stage model that calibrates stage verdicts on the labelled talks ([--out FILE] [--check])", runTrainStages},
	}
}

// run dispatches to a subcommand and returns the exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands() {
		if c.name == args[0] {
			if err := c.run(ctx, e, args[1:]); err != nil {
				if err == errUsage {
					return 2
				}
				fmt.Fprintf(stderr, "coach %s: %v\n", c.name, err)
				return 1
			}
			return 0
		}
	}
	fmt.Fprintf(stderr, "coach: unknown command %q\n", args[0])
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: coach COMMAND [flags]\n\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-12s %s\n", c.name, c.usage)
	}
}
