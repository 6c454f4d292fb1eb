package main

import (
	"context"
	"errors"
)

// runScore is a placeholder until the command is built.
func runScore(ctx context.Context, e env, args []string) error {
	return errors.New("not built yet")
}
