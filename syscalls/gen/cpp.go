package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// cpp is a small C preprocessor, just enough to evaluate the kernel's
// unistd headers for one architecture without a cross compiler: it keeps
// object-like macros, knows which function-like macros exist, follows
// #if/#ifdef/#ifndef/#elif/#else/#endif with full constant-expression
// evaluation (defined, arithmetic, comparison, logical and ternary
// operators), and records the invocations of function-like macros found in
// active lines (the __SYSCALL(__NR_x, sys_x) table rows). #include is
// ignored: whatever an included header would define must be predefined.
type cpp struct {
	// defines holds object-like macros and their bodies.
	defines map[string]string
	// funcs holds the names of function-like macros.
	funcs map[string]bool
	// calls are the invocations of function-like macros on active
	// non-directive lines, in order.
	calls []macroCall
}

// macroCall is one invocation of a function-like macro, as
// __SC_3264(__NR3264_lseek, sys_llseek, sys_lseek).
type macroCall struct {
	Name string
	Args []string
	Line int
}

func newCPP(predefined map[string]string) *cpp {
	p := &cpp{defines: map[string]string{}, funcs: map[string]bool{}}
	for k, v := range predefined {
		p.defines[k] = v
	}
	return p
}

// condFrame is one level of #if nesting.
type condFrame struct {
	parentActive bool // the enclosing region is active
	active       bool // lines in the current branch are kept
	taken        bool // some branch of this #if has been taken
	seenElse     bool
	line         int
}

var (
	directiveRE = regexp.MustCompile(`^\s*#\s*([A-Za-z_]*)\s*(.*)$`)
	identRE     = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*`)
	callRE      = regexp.MustCompile(`^\s*([A-Za-z_][A-Za-z0-9_]*)\s*\((.*)\)\s*;?\s*$`)
)

// process runs the preprocessor over src (the text of file name, for
// error messages).
func (p *cpp) process(name, src string) error {
	lines := logicalLines(src)
	var stack []*condFrame
	var pending string // an unfinished macro call
	pendingLine := 0
	active := func() bool { return len(stack) == 0 || stack[len(stack)-1].active }
	for _, ln := range lines {
		errorf := func(format string, args ...any) error {
			return fmt.Errorf("%s:%d: %s", name, ln.n, fmt.Sprintf(format, args...))
		}
		text := strings.TrimSpace(ln.text)
		if text == "" {
			continue
		}
		m := directiveRE.FindStringSubmatch(text)
		if m == nil {
			if !active() {
				continue
			}
			if pending != "" {
				text = pending + " " + text
			} else {
				pendingLine = ln.n
			}
			// A macro call may go on over several lines without
			// backslashes; wait for its closing parenthesis.
			if strings.Count(text, "(") > strings.Count(text, ")") {
				pending = text
				continue
			}
			pending = ""
			c := callRE.FindStringSubmatch(text)
			if c == nil || !p.funcs[c[1]] {
				return fmt.Errorf("%s:%d: unexpected line %q", name, pendingLine, text)
			}
			args := strings.Split(c[2], ",")
			for i := range args {
				args[i] = strings.TrimSpace(args[i])
			}
			p.calls = append(p.calls, macroCall{Name: c[1], Args: args, Line: pendingLine})
			continue
		}
		if pending != "" {
			return fmt.Errorf("%s:%d: unterminated macro call %q", name, pendingLine, pending)
		}
		dir, rest := m[1], strings.TrimSpace(m[2])
		switch dir {
		case "if", "ifdef", "ifndef":
			f := &condFrame{parentActive: active(), line: ln.n}
			if f.parentActive {
				var cond bool
				switch dir {
				case "if":
					v, err := p.eval(rest)
					if err != nil {
						return errorf("#if %s: %v", rest, err)
					}
					cond = v != 0
				default:
					id := identRE.FindString(rest)
					if id == "" || strings.TrimSpace(rest[len(id):]) != "" {
						return errorf("bad #%s %q", dir, rest)
					}
					cond = p.isDefined(id) == (dir == "ifdef")
				}
				f.active, f.taken = cond, cond
			}
			stack = append(stack, f)
		case "elif":
			if len(stack) == 0 {
				return errorf("#elif without #if")
			}
			f := stack[len(stack)-1]
			if f.seenElse {
				return errorf("#elif after #else")
			}
			f.active = false
			if f.parentActive && !f.taken {
				v, err := p.eval(rest)
				if err != nil {
					return errorf("#elif %s: %v", rest, err)
				}
				f.active = v != 0
				f.taken = f.active
			}
		case "else":
			if len(stack) == 0 {
				return errorf("#else without #if")
			}
			f := stack[len(stack)-1]
			if f.seenElse {
				return errorf("second #else")
			}
			f.seenElse = true
			f.active = f.parentActive && !f.taken
			f.taken = true
		case "endif":
			if len(stack) == 0 {
				return errorf("#endif without #if")
			}
			stack = stack[:len(stack)-1]
		case "define":
			if !active() {
				continue
			}
			id := identRE.FindString(rest)
			if id == "" {
				return errorf("bad #define %q", rest)
			}
			body := rest[len(id):]
			if strings.HasPrefix(body, "(") {
				// Function-like: the parameter list follows the name
				// without a space.
				p.funcs[id] = true
				delete(p.defines, id)
				continue
			}
			p.defines[id] = strings.TrimSpace(body)
			delete(p.funcs, id)
		case "undef":
			if !active() {
				continue
			}
			id := identRE.FindString(rest)
			if id == "" {
				return errorf("bad #undef %q", rest)
			}
			delete(p.defines, id)
			delete(p.funcs, id)
		case "include", "pragma", "":
			// #include: see the type's comment; the rest are no-ops.
		case "error":
			if active() {
				return errorf("#error %s", rest)
			}
		case "warning":
		default:
			if active() {
				return errorf("unknown directive #%s", dir)
			}
		}
	}
	if pending != "" {
		return fmt.Errorf("%s:%d: unterminated macro call %q", name, pendingLine, pending)
	}
	if len(stack) > 0 {
		return fmt.Errorf("%s:%d: unterminated #if", name, stack[len(stack)-1].line)
	}
	return nil
}

func (p *cpp) isDefined(id string) bool {
	_, ok := p.defines[id]
	return ok || p.funcs[id]
}

// logicalLine is a line after splicing and comment removal; n is the
// physical line it starts on.
type logicalLine struct {
	n    int
	text string
}

// logicalLines splices backslash-newlines and replaces comments by a
// space, as C translation phases 2 and 3 do, keeping track of line
// numbers.
func logicalLines(src string) []logicalLine {
	src = strings.ReplaceAll(src, "\r\n", "\n")
	var out []logicalLine
	var cur strings.Builder
	line, start := 1, 1
	inComment := false
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\\' && i+1 < len(src) && src[i+1] == '\n':
			i++
			line++
		case inComment:
			if c == '*' && i+1 < len(src) && src[i+1] == '/' {
				inComment = false
				i++
				cur.WriteByte(' ')
			} else if c == '\n' {
				line++
			}
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			inComment = true
			i++
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			for i+1 < len(src) && src[i+1] != '\n' {
				i++
			}
		case c == '"' || c == '\'':
			// Copy a literal whole so that comment markers inside it
			// are not taken as comments.
			cur.WriteByte(c)
			for i+1 < len(src) && src[i+1] != c && src[i+1] != '\n' {
				i++
				cur.WriteByte(src[i])
				if src[i] == '\\' && i+1 < len(src) && src[i+1] != '\n' {
					i++
					cur.WriteByte(src[i])
				}
			}
			if i+1 < len(src) && src[i+1] == c {
				i++
				cur.WriteByte(c)
			}
		case c == '\n':
			out = append(out, logicalLine{n: start, text: cur.String()})
			cur.Reset()
			line++
			start = line
		default:
			cur.WriteByte(c)
		}
	}
	if cur.Len() > 0 {
		out = append(out, logicalLine{n: start, text: cur.String()})
	}
	return out
}

// token is one preprocessing token of a constant expression.
type token struct {
	kind byte // 'n' number, 'i' identifier, 'p' punctuator
	text string
	val  int64
}

var puncts = []string{"&&", "||", "==", "!=", "<=", ">=", "<<", ">>",
	"(", ")", "!", "~", "*", "/", "%", "+", "-", "<", ">", "&", "^", "|", "?", ":", ","}

func tokenize(s string) ([]token, error) {
	var toks []token
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(s) && (isAlnum(s[j])) {
				j++
			}
			lit := s[i:j]
			digits := strings.TrimRight(lit, "uUlL")
			v, err := strconv.ParseInt(digits, 0, 64)
			if err != nil {
				u, uerr := strconv.ParseUint(digits, 0, 64)
				if uerr != nil {
					return nil, fmt.Errorf("bad number %q", lit)
				}
				v = int64(u)
			}
			toks = append(toks, token{kind: 'n', text: lit, val: v})
			i = j
		case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			j := i
			for j < len(s) && isAlnum(s[j]) {
				j++
			}
			toks = append(toks, token{kind: 'i', text: s[i:j]})
			i = j
		default:
			found := false
			for _, p := range puncts {
				if strings.HasPrefix(s[i:], p) {
					toks = append(toks, token{kind: 'p', text: p})
					i += len(p)
					found = true
					break
				}
			}
			if !found {
				return nil, fmt.Errorf("unexpected character %q", c)
			}
		}
	}
	return toks, nil
}

func isAlnum(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// expand replaces defined(X) by 1 or 0 and object-like macros by their
// expansion, leaving other identifiers (which evaluate to 0, as in C).
func (p *cpp) expand(toks []token, hide map[string]bool) ([]token, error) {
	var out []token
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind != 'i' {
			out = append(out, t)
			continue
		}
		if t.text == "defined" {
			var id string
			switch {
			case i+1 < len(toks) && toks[i+1].kind == 'i':
				id = toks[i+1].text
				i++
			case i+3 < len(toks) && toks[i+1].text == "(" && toks[i+2].kind == 'i' && toks[i+3].text == ")":
				id = toks[i+2].text
				i += 3
			default:
				return nil, fmt.Errorf("bad use of defined")
			}
			v := int64(0)
			if p.isDefined(id) {
				v = 1
			}
			out = append(out, token{kind: 'n', text: strconv.FormatInt(v, 10), val: v})
			continue
		}
		if body, ok := p.defines[t.text]; ok && !hide[t.text] {
			sub, err := tokenize(body)
			if err != nil {
				return nil, fmt.Errorf("in macro %s: %v", t.text, err)
			}
			h := map[string]bool{t.text: true}
			for k := range hide {
				h[k] = true
			}
			sub, err = p.expand(sub, h)
			if err != nil {
				return nil, err
			}
			out = append(out, sub...)
			continue
		}
		if p.funcs[t.text] && i+1 < len(toks) && toks[i+1].text == "(" {
			return nil, fmt.Errorf("function-like macro %s in an expression is not supported", t.text)
		}
		out = append(out, t)
	}
	return out, nil
}

// eval evaluates a #if constant expression.
func (p *cpp) eval(expr string) (int64, error) {
	toks, err := tokenize(expr)
	if err != nil {
		return 0, err
	}
	toks, err = p.expand(toks, nil)
	if err != nil {
		return 0, err
	}
	if len(toks) == 0 {
		return 0, fmt.Errorf("empty expression")
	}
	e := &exprParser{toks: toks}
	v, err := e.ternary()
	if err != nil {
		return 0, err
	}
	if e.pos != len(e.toks) {
		return 0, fmt.Errorf("unexpected %q", e.toks[e.pos].text)
	}
	return v, nil
}

// macroValue evaluates the object-like macro name as a constant
// expression; ok is false if it is not defined or not a constant.
func (p *cpp) macroValue(name string) (v int64, ok bool) {
	body, defined := p.defines[name]
	if !defined || body == "" {
		return 0, false
	}
	toks, err := tokenize(body)
	if err != nil {
		return 0, false
	}
	toks, err = p.expand(toks, map[string]bool{name: true})
	if err != nil {
		return 0, false
	}
	for _, t := range toks {
		if t.kind == 'i' {
			return 0, false // an undefined name: not a constant
		}
	}
	e := &exprParser{toks: toks}
	v, err = e.ternary()
	if err != nil || e.pos != len(e.toks) {
		return 0, false
	}
	return v, true
}

// exprParser is a recursive-descent evaluator over expanded tokens, with
// C's precedence. Remaining identifiers evaluate to 0.
type exprParser struct {
	toks []token
	pos  int
}

func (e *exprParser) peek() string {
	if e.pos < len(e.toks) && e.toks[e.pos].kind == 'p' {
		return e.toks[e.pos].text
	}
	return ""
}

func (e *exprParser) ternary() (int64, error) {
	c, err := e.binary(0)
	if err != nil {
		return 0, err
	}
	if e.peek() != "?" {
		return c, nil
	}
	e.pos++
	a, err := e.ternary()
	if err != nil {
		return 0, err
	}
	if e.peek() != ":" {
		return 0, fmt.Errorf("missing : in ?:")
	}
	e.pos++
	b, err := e.ternary()
	if err != nil {
		return 0, err
	}
	if c != 0 {
		return a, nil
	}
	return b, nil
}

// binaryPrec lists binary operators from loosest to tightest binding.
var binaryPrec = [][]string{
	{"||"}, {"&&"}, {"|"}, {"^"}, {"&"}, {"==", "!="},
	{"<", ">", "<=", ">="}, {"<<", ">>"}, {"+", "-"}, {"*", "/", "%"},
}

func (e *exprParser) binary(level int) (int64, error) {
	if level == len(binaryPrec) {
		return e.unary()
	}
	l, err := e.binary(level + 1)
	if err != nil {
		return 0, err
	}
	for {
		op := e.peek()
		if !contains(binaryPrec[level], op) {
			return l, nil
		}
		e.pos++
		r, err := e.binary(level + 1)
		if err != nil {
			return 0, err
		}
		if l, err = applyBinary(op, l, r); err != nil {
			return 0, err
		}
	}
}

func contains(ops []string, op string) bool {
	for _, o := range ops {
		if o == op {
			return true
		}
	}
	return false
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

func applyBinary(op string, l, r int64) (int64, error) {
	switch op {
	case "||":
		return b2i(l != 0 || r != 0), nil
	case "&&":
		return b2i(l != 0 && r != 0), nil
	case "|":
		return l | r, nil
	case "^":
		return l ^ r, nil
	case "&":
		return l & r, nil
	case "==":
		return b2i(l == r), nil
	case "!=":
		return b2i(l != r), nil
	case "<":
		return b2i(l < r), nil
	case ">":
		return b2i(l > r), nil
	case "<=":
		return b2i(l <= r), nil
	case ">=":
		return b2i(l >= r), nil
	case "<<":
		return l << uint64(r&63), nil
	case ">>":
		return l >> uint64(r&63), nil
	case "+":
		return l + r, nil
	case "-":
		return l - r, nil
	case "*":
		return l * r, nil
	case "/", "%":
		if r == 0 {
			return 0, fmt.Errorf("division by zero")
		}
		if op == "/" {
			return l / r, nil
		}
		return l % r, nil
	}
	return 0, fmt.Errorf("unknown operator %q", op)
}

func (e *exprParser) unary() (int64, error) {
	if e.pos >= len(e.toks) {
		return 0, fmt.Errorf("unexpected end of expression")
	}
	t := e.toks[e.pos]
	e.pos++
	switch {
	case t.kind == 'n':
		return t.val, nil
	case t.kind == 'i':
		return 0, nil
	case t.text == "(":
		v, err := e.ternary()
		if err != nil {
			return 0, err
		}
		if e.peek() != ")" {
			return 0, fmt.Errorf("missing )")
		}
		e.pos++
		return v, nil
	case t.text == "!" || t.text == "~" || t.text == "-" || t.text == "+":
		v, err := e.unary()
		if err != nil {
			return 0, err
		}
		switch t.text {
		case "!":
			return b2i(v == 0), nil
		case "~":
			return ^v, nil
		case "-":
			return -v, nil
		}
		return v, nil
	}
	return 0, fmt.Errorf("unexpected %q", t.text)
}
