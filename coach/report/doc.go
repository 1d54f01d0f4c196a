package report

import (
	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
)

// Tone says how an item is marked and coloured.
type Tone int

// The tones of an item's mark.
const (
	Plain Tone = iota
	Win
	Lose
	Warn
	Info
	Knockout
	Accent
	Muted
)

// Item is one line of the verdict: a mark, its text, a note after it, the
// answers behind it in words, and the question that changes it.
type Item struct {
	Mark string
	Tone Tone
	// Sub marks a sub-heading inside a section ("Pros to explain").
	Sub  bool
	Text string
	// Kind is a short label before the text ("Not this offer:",
	// "Knockout:"), empty when there is none.
	Kind string
	Note string
	// Because names the answers behind the item by their labels.
	Because []string
	// Link is the question to open to change the item, or "".
	Link string
}

// Section is a titled group of items.
type Section struct {
	ID    string
	Title string
	Items []Item
}

// Card is the verdict's first screen: what to do and say, at a glance.
type Card struct {
	Quadrant coach.Quadrant
	Decision coach.Decision
	// Title is the decision ("Say no"); Words the quadrant in words
	// ("win-lose: you win, the client loses").
	Title, Words string
	// Why is the decision's one line of why, Provisional the warning of
	// a verdict with open answers ("" when it is not).
	Why, Provisional string
	WhyLink          string
	// Actions are the three that matter most; Say the model sentences.
	Actions []Item
	Say     []Item
	// Money is price, margin and floor on one line.
	Money string
}

// CardActions is how many actions the card shows.
const CardActions = 3

// Doc is the whole verdict: the card, then every section in the one
// order the text report, the Markdown and the TUI's verdict tab share.
type Doc struct {
	Card     Card
	Sections []Section
}

// Layout lays a out for people in cat's language. pb names the answers
// behind each line by their labels; without it (nil) lines name none.
func Layout(a *coach.Assessment, cat *locale.Catalog, pb *playbook.Playbook) Doc {
	l := &layout{a: a, cat: cat, pb: pb}
	d := Doc{Card: l.card()}
	why, actions, talk, find, flags := l.why(), l.actions(), l.talk(), l.findOut(), l.flags()
	if a.Decision == coach.FindOutFirst {
		// The questions lead: the verdict waits on their answers.
		d.Sections = []Section{find, why}
	} else {
		d.Sections = []Section{why}
	}
	d.Sections = append(d.Sections, actions...)
	d.Sections = append(d.Sections, talk)
	if a.Decision != coach.FindOutFirst {
		d.Sections = append(d.Sections, find)
	}
	d.Sections = append(d.Sections, flags, l.scores())
	out := d.Sections[:0]
	for _, s := range d.Sections {
		if len(s.Items) > 0 {
			out = append(out, s)
		}
	}
	d.Sections = out
	return d
}

type layout struct {
	a   *coach.Assessment
	cat *locale.Catalog
	pb  *playbook.Playbook
}

// labels names ids in words; without a playbook it names none, as an id
// means nothing to a seller.
func (l *layout) labels(ids []string) []string {
	if l.pb == nil || len(ids) == 0 {
		return nil
	}
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		out = append(out, l.pb.Label(id, l.cat.Lang()))
	}
	return out
}

// link is the question among ids that the seller would change: their
// own plan (price, cons) before the facts of client and offer, a decisive
// answer before the others, a scored one before the context it is read
// in (what the client knows).
func (l *layout) link(ids []string) string {
	if l.pb == nil {
		if len(ids) > 0 {
			return ids[0]
		}
		return ""
	}
	best, bestRank := "", -1
	for _, id := range ids {
		q, ok := l.pb.Question(id)
		if !ok {
			continue
		}
		rank := sectionRank(q.Section) * 4
		if q.Decisive {
			rank += 2
		}
		if q.Scored() && q.Weight > 0 {
			rank++
		}
		if rank > bestRank {
			best, bestRank = id, rank
		}
	}
	return best
}

// sectionRank orders the playbook's sections by how much the seller
// decides them: the offer is given, the client is found out, disclosure
// and price are the seller's choices.
func sectionRank(s string) int {
	switch s {
	case "seller":
		return 4
	case "disclosure":
		return 3
	case "client":
		return 2
	}
	return 1
}

func (l *layout) why() Section {
	s := Section{ID: "why", Title: l.cat.T("report.why")}
	if l.a.Summary != "" {
		s.Items = append(s.Items, Item{Text: l.a.Summary})
	}
	for _, r := range l.a.Reasons {
		s.Items = append(s.Items, Item{Mark: "•", Text: r.Text, Because: l.labels(r.Because), Link: l.link(r.Because)})
	}
	return s
}

// actions are how to say no, then everything to do before and in the
// call, each with the answers behind it.
func (l *layout) actions() []Section {
	no := Section{ID: "decline", Title: l.cat.T("report.decline")}
	do := Section{ID: "actions", Title: l.cat.T("report.actions")}
	for _, x := range l.a.Actions {
		it := Item{Mark: "→", Tone: Accent, Text: x.Text, Because: l.labels(x.Because), Link: l.link(x.Because)}
		if x.Kind == coach.ActionDecline {
			no.Items = append(no.Items, it)
		} else {
			do.Items = append(do.Items, it)
		}
	}
	return []Section{no, do}
}

// talk is the pros and cons to explain; a "no" is not a sales talk, so
// it has none.
func (l *layout) talk() Section {
	s := Section{ID: "talk", Title: l.cat.T("report.talking_points")}
	if l.a.Decision == coach.SayNo {
		return s
	}
	t := l.a.Talk
	s.Items = append(s.Items, Item{Sub: true, Text: l.cat.T("report.pros"), Link: coach.IDPros})
	if len(t.Pros) == 0 {
		s.Items = append(s.Items, Item{Tone: Muted, Text: l.cat.T("report.none")})
	}
	for _, p := range t.Pros {
		s.Items = append(s.Items, Item{Mark: "+", Tone: Win, Text: p})
	}
	s.Items = append(s.Items, Item{Sub: true, Text: l.cat.T("report.cons"), Link: coach.IDCons})
	if len(t.Cons) == 0 {
		s.Items = append(s.Items, Item{Tone: Muted, Text: l.cat.T("report.none")})
	}
	for _, c := range t.Cons {
		it := Item{Mark: "-", Tone: Lose, Text: c.Text}
		if c.FromOffer {
			it.Note, it.Link = l.cat.T("report.from_offer"), coach.IDCons
		}
		s.Items = append(s.Items, it)
	}
	return s
}

func (l *layout) findOut() Section {
	s := Section{ID: "find_out", Title: l.cat.T("report.find_out")}
	for _, f := range l.a.FindOut {
		s.Items = append(s.Items, Item{Mark: "?", Tone: Info, Text: f.Text, Because: l.labels([]string{f.Question}), Link: f.Question})
	}
	return s
}

func (l *layout) flags() Section {
	s := Section{ID: "flags", Title: l.cat.T("report.flags")}
	for _, f := range l.a.Flags {
		it := Item{Mark: "i", Tone: Info, Kind: l.cat.T("report.severity." + string(f.Severity)), Text: f.Message, Because: l.labels(f.Because), Link: l.link(f.Because)}
		switch f.Severity {
		case playbook.Knockout:
			it.Mark, it.Tone = "✗", Knockout
		case playbook.Warning:
			it.Mark, it.Tone = "!", Warn
		}
		s.Items = append(s.Items, it)
	}
	return s
}

// scores are the pillars and the sides, and how much is answered.
func (l *layout) scores() Section {
	s := Section{ID: "scores", Title: l.cat.T("report.scores", int(l.a.Bar))}
	for _, r := range scoreRows(l.a, l.cat) {
		text := scoreText(r.score)
		if !r.score.Known {
			text = l.cat.T("report.no_score")
		}
		if r.outcome != "" {
			text += ", " + sideOutcome(l.cat, r.side, r.outcome)
		}
		tone := Muted
		if r.score.Known {
			tone = Lose
			if r.score.Value >= l.a.Bar {
				tone = Win
			}
		}
		s.Items = append(s.Items, Item{Tone: tone, Kind: r.label + ":", Text: text})
	}
	s.Items = append(s.Items, Item{Tone: Muted, Text: l.cat.T("report.answered", l.a.Answered, l.a.Total)})
	return s
}
