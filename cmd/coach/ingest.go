package main

import (
	"context"
	"errors"
)

// runIngest is a placeholder until the command is built.
func runIngest(ctx context.Context, e env, args []string) error {
	return errors.New("not built yet")
}
