package scenarios

import (
	"encoding/json"
	"reflect"
	"sort"
	"strings"
	"testing"

	"receptioncoach/coach"
)

// schemaNode is the part of a JSON Schema the test reads.
type schemaNode struct {
	Ref                  string                 `json:"$ref"`
	Type                 string                 `json:"type"`
	Description          string                 `json:"description"`
	Properties           map[string]*schemaNode `json:"properties"`
	Items                *schemaNode            `json:"items"`
	AdditionalProperties json.RawMessage        `json:"additionalProperties"`
	PropertyNames        *schemaNode            `json:"propertyNames"`
	Enum                 []string               `json:"enum"`
	EnumDescriptions     []string               `json:"enumDescriptions"`
}

type schemaDoc struct {
	schemaNode
	Schema string                 `json:"$schema"`
	Defs   map[string]*schemaNode `json:"$defs"`
}

func loadSchema(t *testing.T) *schemaDoc {
	t.Helper()
	var doc schemaDoc
	if err := json.Unmarshal(Schema(), &doc); err != nil {
		t.Fatalf("schema.json is not valid JSON: %v", err)
	}
	if doc.Schema != "https://json-schema.org/draft/2020-12/schema" {
		t.Fatalf("$schema = %q, want draft 2020-12", doc.Schema)
	}
	return &doc
}

func (d *schemaDoc) resolve(t *testing.T, n *schemaNode) *schemaNode {
	t.Helper()
	for n != nil && n.Ref != "" {
		name, ok := strings.CutPrefix(n.Ref, "#/$defs/")
		if !ok || d.Defs[name] == nil {
			t.Fatalf("unresolvable $ref %q", n.Ref)
		}
		n = d.Defs[name]
	}
	return n
}

// TestSchemaMatchesStructs walks the schema beside the Go types a scenario
// decodes into: every YAML key of every struct must be a schema property
// with a description, and no property may be unknown to the structs.
func TestSchemaMatchesStructs(t *testing.T) {
	doc := loadSchema(t)
	var walk func(n *schemaNode, typ reflect.Type, path string)
	walk = func(n *schemaNode, typ reflect.Type, path string) {
		n = doc.resolve(t, n)
		if n == nil {
			t.Errorf("%s: no schema", path)
			return
		}
		for typ.Kind() == reflect.Pointer {
			typ = typ.Elem()
		}
		switch typ.Kind() {
		case reflect.Struct:
			if string(n.AdditionalProperties) != "false" {
				t.Errorf("%s: additionalProperties must be false (strict decoding)", path)
			}
			fields := yamlFields(typ)
			for key, ft := range fields {
				p, ok := n.Properties[key]
				if !ok {
					t.Errorf("%s: field %q is missing from schema.json", path, key)
					continue
				}
				if doc.resolve(t, p).Description == "" && p.Description == "" {
					t.Errorf("%s.%s: no description", path, key)
				}
				walk(p, ft, joinPath(path, key))
			}
			for key := range n.Properties {
				if _, ok := fields[key]; !ok {
					t.Errorf("%s: schema.json has %q, which the Go struct does not", path, key)
				}
			}
		case reflect.Slice:
			if typ.Elem().Kind() == reflect.Uint8 {
				return
			}
			if n.Items == nil {
				t.Errorf("%s: array without items", path)
				return
			}
			walk(n.Items, typ.Elem(), path+"[]")
		case reflect.Map:
			var add schemaNode
			if err := json.Unmarshal(n.AdditionalProperties, &add); err != nil {
				t.Errorf("%s: map without additionalProperties schema", path)
				return
			}
			walk(&add, typ.Elem(), path+".*")
		}
	}
	walk(&doc.schemaNode, reflect.TypeOf(coach.Scenario{}), "")
}

func sorted(s []string) []string {
	out := append([]string(nil), s...)
	sort.Strings(out)
	return out
}

// TestSchemaEnums checks the enums against the Go lists they mirror.
func TestSchemaEnums(t *testing.T) {
	doc := loadSchema(t)
	var personas, intents, stages []string
	for _, p := range coach.Personas() {
		personas = append(personas, string(p.Key))
	}
	for k := range coach.Intents() {
		intents = append(intents, k)
	}
	for _, s := range coach.Stages() {
		stages = append(stages, string(s))
	}
	var cases []string
	for _, c := range Cases() {
		cases = append(cases, c.Key)
	}
	test := doc.Defs["test"]
	if test == nil || test.Properties["expect"] == nil {
		t.Fatal("schema.json: $defs.test.properties.expect missing")
	}
	expect := test.Properties["expect"]
	tests := []struct {
		name string
		node *schemaNode
		want []string
	}{
		{"persona", doc.resolve(t, doc.Properties["persona"]), personas},
		{"case", doc.Properties["case"], cases},
		{"stance", doc.Properties["stance"], []string{coach.StanceReasonable, coach.StancePartly, coach.StanceUnreasonable, coach.StanceNotOurs}},
		{"intent (keys of lines)", doc.resolve(t, doc.Properties["lines"].PropertyNames), intents},
		{"stage (keys of expect.stages)", doc.resolve(t, expect.Properties["stages"].PropertyNames), stages},
		{"ending", expect.Properties["ending"], Endings()},
		{"violation", doc.resolve(t, expect.Properties["violations"].Items), ViolationCodes()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.node == nil {
				t.Fatal("missing from schema.json")
			}
			if got, want := sorted(tt.node.Enum), sorted(tt.want); !reflect.DeepEqual(got, want) {
				t.Errorf("enum\n got %v\nwant %v", got, want)
			}
			if len(tt.node.EnumDescriptions) > 0 && len(tt.node.EnumDescriptions) != len(tt.node.Enum) {
				t.Errorf("%d enumDescriptions for %d values", len(tt.node.EnumDescriptions), len(tt.node.Enum))
			}
		})
	}
}
