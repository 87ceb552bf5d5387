package tracetest

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"
)

// Schema is the subset of JSON Schema (draft 2020-12) that gotrace's
// documented schemas use: type (one or a list), const, enum, properties,
// required, additionalProperties false, items, oneOf.
type Schema struct {
	Type                 any                `json:"type"`
	Const                any                `json:"const"`
	Enum                 []any              `json:"enum"`
	Properties           map[string]*Schema `json:"properties"`
	Required             []string           `json:"required"`
	AdditionalProperties *bool              `json:"additionalProperties"`
	Items                *Schema            `json:"items"`
	OneOf                []*Schema          `json:"oneOf"`
	Title                string             `json:"title"`
}

// ParseSchema reads a schema document.
func ParseSchema(doc []byte) (*Schema, error) {
	var s Schema
	if err := json.Unmarshal(doc, &s); err != nil {
		return nil, err
	}
	return &s, nil
}

// Validate checks a JSON document (one value) against the schema and
// returns the first violation found.
func (s *Schema) Validate(doc []byte) error {
	var v any
	dec := json.NewDecoder(strings.NewReader(string(doc)))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return fmt.Errorf("not JSON: %v", err)
	}
	return s.check(v, "$")
}

func (s *Schema) check(v any, at string) error {
	if len(s.OneOf) > 0 {
		matched := 0
		var errs []string
		for _, alt := range s.OneOf {
			if err := alt.check(v, at); err == nil {
				matched++
			} else {
				errs = append(errs, alt.Title+": "+err.Error())
			}
		}
		if matched != 1 {
			return fmt.Errorf("%s matches %d of oneOf's schemas (%s)", at, matched, strings.Join(errs, "; "))
		}
	}
	if s.Type != nil && !typeMatches(s.Type, v) {
		return fmt.Errorf("%s: %v is not of type %v", at, v, s.Type)
	}
	if s.Const != nil && !equal(s.Const, v) {
		return fmt.Errorf("%s: %v is not %v", at, v, s.Const)
	}
	if s.Enum != nil {
		ok := false
		for _, e := range s.Enum {
			if equal(e, v) {
				ok = true
			}
		}
		if !ok {
			return fmt.Errorf("%s: %v is not one of %v", at, v, s.Enum)
		}
	}
	if obj, isObj := v.(map[string]any); isObj {
		for _, r := range s.Required {
			if _, ok := obj[r]; !ok {
				return fmt.Errorf("%s: missing %q", at, r)
			}
		}
		keys := make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			p := s.Properties[k]
			if p == nil {
				if s.AdditionalProperties != nil && !*s.AdditionalProperties {
					return fmt.Errorf("%s: unexpected %q", at, k)
				}
				continue
			}
			if err := p.check(obj[k], at+"."+k); err != nil {
				return err
			}
		}
	}
	if arr, isArr := v.([]any); isArr && s.Items != nil {
		for i, e := range arr {
			if err := s.Items.check(e, fmt.Sprintf("%s[%d]", at, i)); err != nil {
				return err
			}
		}
	}
	return nil
}

func typeMatches(t any, v any) bool {
	switch t := t.(type) {
	case string:
		return isType(t, v)
	case []any:
		for _, one := range t {
			if s, ok := one.(string); ok && isType(s, v) {
				return true
			}
		}
	}
	return false
}

func isType(t string, v any) bool {
	switch t {
	case "null":
		return v == nil
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "number":
		_, ok := v.(json.Number)
		return ok
	case "integer":
		n, ok := v.(json.Number)
		if !ok {
			return false
		}
		if _, err := n.Int64(); err == nil {
			return true
		}
		f, err := n.Float64()
		return err == nil && f == math.Trunc(f)
	}
	return false
}

func equal(a, b any) bool {
	if n, ok := b.(json.Number); ok {
		f, _ := n.Float64()
		if af, ok := a.(float64); ok {
			return af == f
		}
		return false
	}
	return fmt.Sprint(a) == fmt.Sprint(b)
}
