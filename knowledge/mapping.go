package knowledge

import (
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/cjk"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	index "github.com/blevesearch/bleve_index_api"
)

// mappingVersion is stored beside a persisted index; bump it whenever the
// mapping, the analyzer or the way documents are split changes, so that
// indexes built by an older binary are rebuilt.
const mappingVersion = 3

// Names used in the index mapping.
const (
	analyzerName = "zh_t2s_bigram"
	// queryAnalyzerName is the same analyzer without the char filter, for
	// query text that the library has already folded.
	queryAnalyzerName = "zh_folded_bigram"
	docType           = "passage"

	fieldText     = "text"
	fieldTitle    = "title" // heading context, or a card's title and keywords
	fieldKind     = "kind"
	fieldSource   = "source"
	fieldStages   = "stages"
	fieldPersonas = "personas"

	kindCard = "card"
	kindDoc  = "doc"
)

// indexDoc is what goes into bleve for one passage. Nothing is stored in the
// index: the passages themselves are kept beside it.
type indexDoc struct {
	Text     string   `json:"text"`
	Title    string   `json:"title"`
	Kind     string   `json:"kind"`
	Source   string   `json:"source"`
	Stages   []string `json:"stages"`
	Personas []string `json:"personas"`
}

// Type implements bleve's mapping.Classifier.
func (indexDoc) Type() string { return docType }

// buildIndexMapping returns the mapping of the passage index: Chinese text
// folded to Simplified and cut into bigrams, BM25 scoring, keyword fields for
// filtering, and nothing stored.
func buildIndexMapping() (mapping.IndexMapping, error) {
	m := bleve.NewIndexMapping()
	if err := addAnalyzer(m); err != nil {
		return nil, err
	}
	m.DefaultAnalyzer = analyzerName
	m.ScoringModel = index.BM25Scoring
	m.IndexDynamic = false
	m.StoreDynamic = false
	m.DocValuesDynamic = false

	text := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzerName
		f.Store = false
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	keyword := func() *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Store = false
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	dm := bleve.NewDocumentStaticMapping()
	dm.AddFieldMappingsAt(fieldText, text())
	dm.AddFieldMappingsAt(fieldTitle, text())
	dm.AddFieldMappingsAt(fieldKind, keyword())
	dm.AddFieldMappingsAt(fieldSource, keyword())
	dm.AddFieldMappingsAt(fieldStages, keyword())
	dm.AddFieldMappingsAt(fieldPersonas, keyword())
	m.AddDocumentMapping(docType, dm)
	m.DefaultMapping = bleve.NewDocumentDisabledMapping()
	if err := m.Validate(); err != nil {
		return nil, fmt.Errorf("validate mapping: %w", err)
	}
	return m, nil
}

// addAnalyzer defines the Traditional→Simplified bigram analyzer in m: the
// recipe of bleve's cjk analyzer with the char filter in front.
func addAnalyzer(m *mapping.IndexMappingImpl) error {
	err := m.AddCustomAnalyzer(analyzerName, map[string]interface{}{
		"type":          custom.Name,
		"char_filters":  []string{charFilterName},
		"tokenizer":     unicode.Name,
		"token_filters": []string{cjk.WidthName, lowercase.Name, cjk.BigramName},
	})
	if err != nil {
		return fmt.Errorf("add analyzer: %w", err)
	}
	err = m.AddCustomAnalyzer(queryAnalyzerName, map[string]interface{}{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []string{cjk.WidthName, lowercase.Name, cjk.BigramName},
	})
	if err != nil {
		return fmt.Errorf("add query analyzer: %w", err)
	}
	return nil
}
