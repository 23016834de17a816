package mapfile

import "golang.org/x/sys/unix"

// mapFlags maps a file shared, every page at once (see Map).
const mapFlags = unix.MAP_SHARED | unix.MAP_POPULATE
