package main

import (
	"context"
	"errors"
)

// runEvalSearch is a placeholder until the command is built.
func runEvalSearch(ctx context.Context, e env, args []string) error {
	return errors.New("not built yet")
}
