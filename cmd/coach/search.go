package main

import (
	"context"
	"errors"
)

// runSearch is a placeholder until the command is built.
func runSearch(ctx context.Context, e env, args []string) error {
	return errors.New("not built yet")
}
