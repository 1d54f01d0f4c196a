package dealfile

import (
	"bytes"
	"errors"
	"io"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/content/safetext"
)

// Limits on what one answer may hold, so a hostile file stays cheap.
const (
	MaxItems   = 100  // items in one list
	MaxTextLen = 2000 // bytes in one text or list item
	maxAmount  = 1e12
)

// Parse reads a deal file against pb. file names it in problems.
func Parse(pb *playbook.Playbook, data []byte, file string) (coach.Answers, error) {
	p := &parser{pb: pb, file: file, ans: coach.Answers{}, paths: knownPaths(pb), seen: map[string]bool{}}
	if m := safetext.CheckInput(data); m != nil {
		return nil, p.fail(nil, "", *m)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil && !errors.Is(err, io.EOF) {
		pr := playbook.SyntaxProblem(file, data, err)
		return nil, &Error{Problems: []Problem{{File: file, Line: pr.Pos.Line, Col: pr.Pos.Col, Msg: pr.Msg}}}
	}
	if len(doc.Content) == 0 || isNull(doc.Content[0]) {
		return nil, p.fail(nil, "", locale.Msg("input.empty"))
	}
	root := doc.Content[0]
	// A deal file is one document: a second one (after "---") would be
	// silently ignored, so it is refused, broken or not.
	var more yaml.Node
	if err := dec.Decode(&more); !errors.Is(err, io.EOF) {
		line := secondDocument(data, root.Line)
		return nil, &Error{Problems: []Problem{{File: file, Line: line, Col: 1, Msg: locale.Msg("deal.second_document")}}}
	}
	if root.Kind != yaml.MappingNode {
		return nil, p.fail(root, "", locale.Msg("deal.want_map"))
	}
	p.mapping(root, "")
	p.ranges()
	if len(p.err.Problems) > 0 {
		p.err.sort()
		if p.more > 0 {
			p.err.Problems = append(p.err.Problems, Problem{File: p.file, Msg: moreProblems(p.more)})
		}
		return nil, &p.err
	}
	return p.ans, nil
}

// secondDocument is the line of the "---" or "..." that ends the first
// document (after its root at line root), or 0.
func secondDocument(data []byte, root int) int {
	for i, line := range strings.Split(string(data), "\n") {
		if i+1 > root && (strings.HasPrefix(line, "---") || strings.HasPrefix(line, "...")) {
			return i + 1
		}
	}
	return 0
}

type parser struct {
	pb    *playbook.Playbook
	file  string
	ans   coach.Answers
	paths []string // every question id and every prefix of one
	seen  map[string]bool
	nodes map[string]*yaml.Node // where each answer was, for problems found later
	err   Error
	more  int // problems found beyond MaxProblems
}

// MaxProblems is how many problems of one file are listed; the rest are
// counted in a last line, so a file of thousands of bad keys gives a
// report (and a parse) of bounded size.
const MaxProblems = 100

func (p *parser) add(n *yaml.Node, field string, m locale.Message) {
	if len(p.err.Problems) >= MaxProblems {
		p.more++
		return
	}
	pr := Problem{File: p.file, Field: field, Msg: m}
	if n != nil {
		pr.Line, pr.Col = n.Line, n.Column
	}
	p.err.Problems = append(p.err.Problems, pr)
}

func (p *parser) fail(n *yaml.Node, field string, m locale.Message) error {
	p.add(n, field, m)
	return &p.err
}

// knownPaths lists the ids and their prefixes ("offer", "offer.fit", ...).
func knownPaths(pb *playbook.Playbook) []string {
	seen := map[string]bool{}
	var out []string
	for _, q := range pb.Questions {
		parts := strings.Split(q.ID, ".")
		for i := 1; i <= len(parts); i++ {
			s := strings.Join(parts[:i], ".")
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	return out
}

func (p *parser) isPrefix(path string) bool {
	for _, k := range p.paths {
		if strings.HasPrefix(k, path+".") {
			return true
		}
	}
	return false
}

func (p *parser) mapping(n *yaml.Node, prefix string) {
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			p.add(k, prefix, locale.Msg("deal.bad_key"))
			continue
		}
		path := k.Value
		if prefix != "" {
			path = prefix + "." + k.Value
		}
		field := safetext.Line(path)
		if v.Kind == yaml.AliasNode || k.Kind == yaml.AliasNode {
			p.add(v, field, locale.Msg("deal.alias"))
			continue
		}
		if q, ok := p.pb.Question(path); ok {
			// A second answer to the same question would silently
			// replace the first; say so instead.
			if p.seen[q.ID] {
				p.add(k, field, locale.Msg("deal.duplicate_key"))
				continue
			}
			p.seen[q.ID] = true
			p.value(q, v)
			continue
		}
		if p.isPrefix(path) {
			switch {
			case isNull(v):
			case v.Kind == yaml.MappingNode:
				p.mapping(v, path)
			default:
				p.add(v, field, locale.Msg("deal.want_section"))
			}
			continue
		}
		if near := playbook.Nearest(path, p.paths); near != "" {
			p.add(k, field, locale.Msg("deal.unknown_key", near))
		} else {
			p.add(k, field, locale.Msg("deal.unknown_key_plain"))
		}
	}
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// isBlank is an empty or all-space string: `walk_away: ""` says "not set"
// just as `walk_away:` does.
func isBlank(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!str" && strings.TrimSpace(n.Value) == ""
}

func isUnknown(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!str" && strings.EqualFold(strings.TrimSpace(n.Value), playbook.Unknown)
}

// value parses the answer to q from n.
func (p *parser) value(q *playbook.Question, n *yaml.Node) {
	quoted := n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0
	switch {
	case isUnknown(n) && !(q.Kind == playbook.Free && quoted):
		// A quoted "unknown" is the literal text for a free-text question.
		p.ans[q.ID] = coach.UnknownAnswer()
		return
	case isNull(n) || isBlank(n):
		// An empty optional answer is an answer ("not set"); any other
		// empty answer is left unanswered.
		if q.Optional && (q.Kind == playbook.Money || q.Kind == playbook.Number) {
			p.ans[q.ID] = coach.Amount(0)
		}
		return
	}
	var (
		ans coach.Answer
		msg *locale.Message
	)
	switch q.Kind {
	case playbook.Choice:
		ans, msg = choice(q, n)
	case playbook.Multi:
		ans, msg = multi(q, n)
	case playbook.YesNo:
		ans, msg = yesNo(n)
	case playbook.Money, playbook.Number, playbook.Scale:
		ans, msg = number(q, n)
	case playbook.List:
		ans, msg = list(n)
	default:
		ans, msg = text(n)
	}
	if msg != nil {
		p.add(n, q.ID, *msg)
		return
	}
	p.ans[q.ID] = ans
	if p.nodes == nil {
		p.nodes = map[string]*yaml.Node{}
	}
	p.nodes[q.ID] = n
}

// ranges refuses a range upside down: two number questions X.min and
// X.max (the sizes the offer fits) with the largest below the smallest,
// which would fire both size knockouts at once.
func (p *parser) ranges() {
	for _, q := range p.pb.Questions {
		if q.Kind != playbook.Number || !strings.HasSuffix(q.ID, ".max") {
			continue
		}
		minID := strings.TrimSuffix(q.ID, ".max") + ".min"
		lo, okLo := p.ans.Num(minID)
		hi, okHi := p.ans.Num(q.ID)
		if mq, ok := p.pb.Question(minID); ok && mq.Kind == playbook.Number && okLo && okHi && hi < lo {
			p.add(p.nodes[q.ID], q.ID, locale.Msg("deal.max_below_min", minID, strconv.FormatFloat(lo, 'f', 0, 64)))
		}
	}
}

func msgp(key string, args ...any) *locale.Message {
	m := locale.Msg(key, args...)
	return &m
}

// scalar returns n's text, or a problem when n is a list or a map.
func scalar(n *yaml.Node) (string, *locale.Message) {
	if n.Kind != yaml.ScalarNode {
		return "", msgp("deal.want_value")
	}
	return n.Value, nil
}

func choice(q *playbook.Question, n *yaml.Node) (coach.Answer, *locale.Message) {
	s, msg := scalar(n)
	if msg != nil {
		return coach.Answer{}, msg
	}
	if v, ok := matchOption(q, s); ok {
		return coach.Text(v), nil
	}
	return coach.Answer{}, msgp("deal.bad_choice", safetext.Line(s), optionList(q))
}

// matchOption finds the option s names, ignoring case, and reads the
// YAML 1.1 booleans (yes/no/true/false, bare or quoted) as yes and no.
func matchOption(q *playbook.Question, s string) (string, bool) {
	s = strings.TrimSpace(s)
	for _, o := range q.Options {
		if strings.EqualFold(o.Value, s) {
			return o.Value, true
		}
	}
	if b, ok := parseBool(s); ok {
		v := "no"
		if b {
			v = "yes"
		}
		if _, ok := q.Option(v); ok {
			return v, true
		}
	}
	return "", false
}

func parseBool(s string) (bool, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "yes", "true", "y", "on":
		return true, true
	case "no", "false", "n", "off":
		return false, true
	}
	return false, false
}

func optionList(q *playbook.Question) string {
	vals := make([]string, 0, len(q.Options)+1)
	for _, o := range q.Options {
		vals = append(vals, o.Value)
	}
	return strings.Join(append(vals, playbook.Unknown), ", ")
}

func multi(q *playbook.Question, n *yaml.Node) (coach.Answer, *locale.Message) {
	nodes := []*yaml.Node{n}
	if n.Kind == yaml.SequenceNode {
		nodes = n.Content
	}
	out := []string{}
	seen := map[string]bool{}
	for _, item := range nodes {
		s, msg := scalar(item)
		if msg != nil {
			return coach.Answer{}, msg
		}
		v, ok := matchOption(q, s)
		if !ok {
			return coach.Answer{}, msgp("deal.bad_choice", safetext.Line(s), optionList(q))
		}
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return coach.Items(out...), nil
}

func yesNo(n *yaml.Node) (coach.Answer, *locale.Message) {
	s, msg := scalar(n)
	if msg != nil {
		return coach.Answer{}, msg
	}
	b, ok := parseBool(s)
	if !ok {
		return coach.Answer{}, msgp("deal.bad_choice", safetext.Line(s), "yes, no, unknown")
	}
	return coach.YesNo(b), nil
}

// grouped is an amount a reader could take two ways: "6.500" is 6.5 to
// YAML but 6500 to a Dutch reader.
var grouped = regexp.MustCompile(`^\d{1,3}([.,]\d{3})+$`)

// dealMoney turns the interview's money messages into the deal file's:
// those suggest the user's language ("6.500,50" in Dutch), a deal file
// takes only English grouping, whatever the language.
func dealMoney(m *locale.Message, s string) *locale.Message {
	switch m.Key {
	case "money.bad":
		return msgp("deal.bad_amount", s)
	case "money.ambiguous":
		return msgp("deal.ambiguous_amount", s)
	}
	return m
}

func number(q *playbook.Question, n *yaml.Node) (coach.Answer, *locale.Message) {
	s, msg := scalar(n)
	if msg != nil {
		return coach.Answer{}, msg
	}
	s = strings.TrimSpace(s)
	var v float64
	switch {
	case n.Tag == "!!float" && grouped.MatchString(s):
		return coach.Answer{}, msgp("deal.ambiguous_amount", s)
	case n.Tag == "!!int" || n.Tag == "!!float":
		f, err := strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
		if err != nil {
			if i, err2 := strconv.ParseInt(strings.ReplaceAll(s, "_", ""), 0, 64); err2 == nil {
				f, err = float64(i), nil
			}
		}
		if err != nil || f != f || f > maxAmount || f < -maxAmount {
			return coach.Answer{}, msgp("deal.bad_amount", s)
		}
		if f < 0 && q.Kind == playbook.Number {
			return coach.Answer{}, msgp("count.negative")
		}
		if f < 0 {
			return coach.Answer{}, msgp("money.negative")
		}
		v = f
	default:
		if grouped.MatchString(s) && strings.Contains(s, ".") {
			return coach.Answer{}, msgp("deal.ambiguous_amount", s)
		}
		parse := locale.ParseMoney
		if q.Kind == playbook.Number {
			parse = locale.ParseCount // a head count's problems in count words
		}
		f, m := parse(locale.EN, s)
		if m != nil {
			return coach.Answer{}, dealMoney(m, s)
		}
		v = f
	}
	switch q.Kind {
	case playbook.Number:
		if v != float64(int64(v)) {
			return coach.Answer{}, msgp("count.bad", s)
		}
	case playbook.Scale:
		if v < 1 || v > 5 || v != float64(int(v)) {
			return coach.Answer{}, msgp("deal.bad_scale", s)
		}
	}
	return coach.Amount(v), nil
}

func list(n *yaml.Node) (coach.Answer, *locale.Message) {
	nodes := []*yaml.Node{n}
	if n.Kind == yaml.SequenceNode {
		nodes = n.Content
	}
	if len(nodes) > MaxItems {
		return coach.Answer{}, msgp("deal.too_many", len(nodes), MaxItems)
	}
	out := []string{}
	for _, item := range nodes {
		if isNull(item) {
			continue
		}
		s, msg := scalar(item)
		if msg != nil {
			return coach.Answer{}, msg
		}
		if len(s) > MaxTextLen {
			return coach.Answer{}, msgp("deal.too_long", MaxTextLen)
		}
		if s = strings.TrimSpace(safetext.Line(s)); s != "" {
			out = append(out, s)
		}
	}
	return coach.Items(out...), nil
}

func text(n *yaml.Node) (coach.Answer, *locale.Message) {
	s, msg := scalar(n)
	if msg != nil {
		return coach.Answer{}, msg
	}
	if len(s) > MaxTextLen {
		return coach.Answer{}, msgp("deal.too_long", MaxTextLen)
	}
	return coach.Text(strings.TrimSpace(safetext.Line(s))), nil
}

// moreProblems is "and N more problems", singular for one.
func moreProblems(n int) locale.Message {
	if n == 1 {
		return locale.Msg("deal.more_problems_one", n)
	}
	return locale.Msg("deal.more_problems", n)
}
