package knowledge

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/goccy/go-yaml"

	"receptioncoach/coach"
)

// cardFiles holds the guidance cards: Markdown files with a YAML front
// matter (id, title, stages, personas, keywords, source).
//
//go:embed cards/*.md
var cardFiles embed.FS

// Card is a piece of guidance written in the project's own words, derived
// from one of the method texts.
type Card struct {
	ID       string          `yaml:"id" json:"id"`
	Title    string          `yaml:"title" json:"title"`
	Stages   []coach.Stage   `yaml:"stages" json:"stages,omitempty"`
	Personas []coach.Persona `yaml:"personas" json:"personas,omitempty"`
	// Keywords are extra words the card is found by (synonyms, fault
	// names); they are indexed but not shown.
	Keywords []string `yaml:"keywords" json:"keywords,omitempty"`
	// Source is the file name of the method text the card derives from.
	Source string `yaml:"source" json:"source"`
	// Body is the guidance in Markdown.
	Body string `yaml:"-" json:"body"`
}

var cardID = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// Validate reports a card with missing or unknown fields.
func (c Card) Validate() error {
	switch {
	case !cardID.MatchString(c.ID):
		return fmt.Errorf("id %q: want lower-case words joined by '-'", c.ID)
	case strings.TrimSpace(c.Title) == "":
		return fmt.Errorf("card %s: title is empty", c.ID)
	case strings.TrimSpace(c.Body) == "":
		return fmt.Errorf("card %s: body is empty", c.ID)
	case strings.TrimSpace(c.Source) == "":
		return fmt.Errorf("card %s: source is empty", c.ID)
	}
	for _, s := range c.Stages {
		if !s.Valid() {
			return fmt.Errorf("card %s: unknown stage %q", c.ID, s)
		}
	}
	for _, p := range c.Personas {
		if !p.Valid() {
			return fmt.Errorf("card %s: unknown persona %q", c.ID, p)
		}
	}
	return nil
}

// PlainBody returns the body without Markdown emphasis, as shown in passages.
func (c Card) PlainBody() string {
	return strings.ReplaceAll(c.Body, "**", "")
}

// loadCards reads every card of fsys (files cards/*.md), sorted by id.
func loadCards(fsys fs.FS) ([]Card, error) {
	names, err := fs.Glob(fsys, "cards/*.md")
	if err != nil {
		return nil, fmt.Errorf("list cards: %w", err)
	}
	var cards []Card
	seen := map[string]string{}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("read card %s: %w", name, err)
		}
		c, err := parseCard(data)
		if err != nil {
			return nil, fmt.Errorf("card %s: %w", path.Base(name), err)
		}
		if prev, ok := seen[c.ID]; ok {
			return nil, fmt.Errorf("card %s: id %q already used by %s", path.Base(name), c.ID, prev)
		}
		seen[c.ID] = path.Base(name)
		cards = append(cards, c)
	}
	sort.Slice(cards, func(i, j int) bool { return cards[i].ID < cards[j].ID })
	return cards, nil
}

// parseCard parses one card file: "---", YAML front matter, "---", body.
func parseCard(data []byte) (Card, error) {
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	if !bytes.HasPrefix(data, []byte("---\n")) {
		return Card{}, fmt.Errorf("missing front matter: the file must start with ---")
	}
	rest := data[len("---\n"):]
	end := bytes.Index(rest, []byte("\n---\n"))
	if end < 0 {
		return Card{}, fmt.Errorf("front matter is not closed by ---")
	}
	var c Card
	if err := yaml.UnmarshalWithOptions(rest[:end+1], &c, yaml.DisallowUnknownField()); err != nil {
		return Card{}, fmt.Errorf("front matter: %w", err)
	}
	c.Body = strings.TrimSpace(string(rest[end+len("\n---\n"):]))
	if err := c.Validate(); err != nil {
		return Card{}, err
	}
	return c, nil
}

// cardPassage is the indexed form of a card.
func (s *splitter) cardPassage(c Card) passage {
	text := c.PlainBody()
	return passage{
		ID:       "card:" + c.ID,
		Source:   "card:" + c.ID,
		Title:    c.Title,
		Text:     text,
		Fold:     string(s.fold.foldRunes(text)),
		Keywords: strings.Join(c.Keywords, " "),
		Stages:   c.Stages,
		Personas: c.Personas,
		Card:     true,
	}
}
