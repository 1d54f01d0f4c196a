package playbook

// The raw types mirror the YAML file. Loading decodes into them, then
// validates and compiles them into the exported types.

type rawText map[string]string

type rawPlaybook struct {
	ID            string                 `yaml:"id"`
	Version       int                    `yaml:"version"`
	Title         rawText                `yaml:"title"`
	Bar           *float64               `yaml:"bar"`
	Sections      []rawSection           `yaml:"sections"`
	Flags         []rawFlag              `yaml:"flags"`
	Decisions     map[string]rawDecision `yaml:"decisions"`
	Declines      map[string]rawText     `yaml:"declines"`
	TalkingPoints []rawPoint             `yaml:"talking_points"`
	Say           map[string][]rawText   `yaml:"say"`
	Currency      string                 `yaml:"currency"`
}

type rawSection struct {
	ID        string        `yaml:"id"`
	Title     rawText       `yaml:"title"`
	Questions []rawQuestion `yaml:"questions"`
}

type rawQuestion struct {
	ID       string      `yaml:"id"`
	Kind     string      `yaml:"kind"`
	Text     rawText     `yaml:"text"`
	Label    rawText     `yaml:"label"`
	Help     rawText     `yaml:"help"`
	Ask      rawText     `yaml:"ask"`
	Choices  []rawChoice `yaml:"choices"`
	Pillar   string      `yaml:"pillar"`
	Weight   *float64    `yaml:"weight"`
	Optional bool        `yaml:"optional"`
	Decisive bool        `yaml:"decisive"`
	When     string      `yaml:"when"`
	Score    string      `yaml:"score"`
	Needs    []string    `yaml:"needs"`
	Tips     []rawTip    `yaml:"tips"`
}

type rawChoice struct {
	Value string   `yaml:"value"`
	Label rawText  `yaml:"label"`
	Score *float64 `yaml:"score"`
	Tip   rawText  `yaml:"tip"`
	Open  bool     `yaml:"open"`
}

type rawTip struct {
	When string  `yaml:"when"`
	Text rawText `yaml:"text"`
}

type rawFlag struct {
	ID       string   `yaml:"id"`
	Severity string   `yaml:"severity"`
	Side     string   `yaml:"side"`
	Pillar   string   `yaml:"pillar"`
	When     string   `yaml:"when"`
	Needs    []string `yaml:"needs"`
	Message  rawText  `yaml:"message"`
	Fix      rawText  `yaml:"fix"`
	Decline  string   `yaml:"decline"`
	Action   string   `yaml:"action"`
}

type rawDecision struct {
	Title   rawText `yaml:"title"`
	Summary rawText `yaml:"summary"`
	// Advice entries are texts by language, with an optional "id" and
	// "unless" beside the languages.
	Advice []rawText `yaml:"advice"`
}

type rawPoint struct {
	ID   string   `yaml:"id"`
	When string   `yaml:"when"`
	For  []string `yaml:"for"`
	Text rawText  `yaml:"text"`
}
