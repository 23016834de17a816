//go:build unix && !linux

package mapfile

import "golang.org/x/sys/unix"

// mapFlags maps a file shared; other systems have no flag that maps every
// page at once.
const mapFlags = unix.MAP_SHARED
