package serve

import (
	"net"
	"os"
)

// JoinCommand is the ssh command participants join with when the server
// listens on addr: "ssh -p PORT HOST", with the machine's name for a
// server that listens on every address. "" when addr is not host:port.
func JoinCommand(addr net.Addr) string {
	host, port, err := net.SplitHostPort(addr.String())
	if err != nil {
		return ""
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		if h, err := os.Hostname(); err == nil {
			host = h
		}
	}
	if ip := net.ParseIP(host); ip != nil && ip.To4() == nil {
		host = "[" + host + "]"
	}
	return "ssh -p " + port + " " + host
}
