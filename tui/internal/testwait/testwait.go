// Package testwait holds the one hang guard the tests' waits share. A
// test waits on state or a message; this deadline only ends a wait that
// would otherwise never end, so it is long enough that no machine,
// however busy, reaches it before the awaited thing happens. It is
// imported by tests and test kits only.
package testwait

import "time"

// Hang is how long a wait goes on before the test fails as hung.
const Hang = 60 * time.Second
