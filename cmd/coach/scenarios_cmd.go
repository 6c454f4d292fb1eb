package main

import (
	"context"
	"errors"
)

// runScenarios is a placeholder until the command is built.
func runScenarios(ctx context.Context, e env, args []string) error {
	return errors.New("not built yet")
}
