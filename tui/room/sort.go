package room

import "sort"

// sortInfos orders rooms as they were opened.
func sortInfos(in []Info) {
	sort.Slice(in, func(i, j int) bool { return in[i].seq < in[j].seq })
}
