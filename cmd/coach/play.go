package main

import (
	"context"
	"errors"
)

// runPlay is a placeholder until the command is built.
func runPlay(ctx context.Context, e env, args []string) error {
	return errors.New("not built yet")
}
