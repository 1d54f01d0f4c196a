// Package journal is winwin's local store: drafts saved answer by answer,
// deals with every revision of their verdict, saved offers, practice
// attempts and self-checks. It is one SQLite file (journal.db) in the data
// directory, through modernc.org/sqlite (no cgo).
//
// # Where
//
// DefaultDir finds the data directory ($WINWIN_HOME, else
// $XDG_DATA_HOME/winwin, else the platform's default); --data-dir
// overrides it, and the caller passes the result to Open.
//
// # Using it
//
// Every method takes a context and the owner of the rows: "" is the local
// user; the SSH server passes a participant's key fingerprint or name.
// Every query is limited to that owner, and another owner's row is
// reported as ErrNotFound. The values are small plain structs, so a screen
// can declare an interface of the few methods it needs and test against a
// fake.
//
//	open       DefaultDir, Open, OpenWith, Close, Path, Dir, Backup
//	drafts     CreateDraft, SaveAnswer, ClearAnswer, ListDrafts, Draft, DiscardDraft,
//	           CaseDraft (a practice case's draft)
//	deals      SaveSession (a verdict: a new deal, or the next revision of one),
//	           SaveSessions (many in one transaction: import, generators),
//	           List / ListAfter / Count (the journal screen), Revisions, Get
//	           (Session.Assessment decodes the stored verdict), Compare (and the
//	           pure Diff), All (streams every session), Ref and ParseRef ("42",
//	           "42.3")
//	offers     SaveOffer, Offers, Offer, DeleteOffer, OfferAnswers
//	training   SaveAttempt, Attempts, SaveSelfCheck, SelfChecks
//	errors     ErrNewerSchema, ErrCorrupt, ErrLocked, ErrReadOnly, ErrNotFound,
//	           ErrInvalid, MessageOf
//
// A deal's life: CreateDraft (prefilled from an offer, a deal file or the
// deal's last revision, with Deal set when revising), SaveAnswer for every
// answer as it is given, SaveSession{Draft: id} at the verdict, which
// stores the revision and removes the draft in one transaction.
//
// A practice case's life is the same with NewDraft.Case set: its draft is
// found again with CaseDraft (ListDrafts lists deals only), and
// SaveAttempt{Draft: id} stores the scored attempt and removes the draft
// in one transaction.
//
// The journal screen asks Count once per filter and then pages with List
// (any offset, for jumps) or ListAfter (the next page from a row); with
// 100,000 deals a page costs well under a millisecond and a count a few
// (bench_test.go has the numbers). A text filter scans every deal's name,
// some 30 ms at 100,000: run it in a tea.Cmd, not in Update.
// Packages that read the journal build such journals for their own
// benchmarks with journaltest.Generate.
//
// Text the journal returns comes from users: Row, DraftInfo and Offer
// names are cleaned of escapes and control characters; answers and the
// stored assessment are returned exactly as given, so clean them (with
// content/safetext) before they are drawn.
//
// # Errors
//
// Failures the user must hear about are *Error values of a kind:
// ErrNewerSchema, ErrCorrupt, ErrLocked and ErrReadOnly (test with
// errors.Is); MessageOf turns any error into a message of the locale
// catalog (content/locales/*/journal.yaml). On ErrReadOnly the interview
// carries on in memory. A file that is corrupt or from a newer winwin is
// never written to.
//
// # Safety
//
// The database runs in WAL mode with synchronous=NORMAL, foreign keys on
// and a busy timeout. Every write is one transaction, committed before the
// method returns: a killed process (kill -9) loses nothing that was
// committed, and the file is never left half-written. (After a power cut
// the last transactions before it may be missing, never damaged.) Two
// processes may write at once; each write waits for the other's.
//
// Schema changes are numbered migrations (PRAGMA user_version). Before
// one changes an existing file, Open writes a copy beside it
// (journal.db.bak-v<N>-<time>, see Journal.Backup).
package journal
