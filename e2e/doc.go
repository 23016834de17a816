// Package e2e holds the end-to-end tests: they build the digest command, run it on
// content folders made in the tests (every format, hostile input, a generated
// thousand-article digest) and on the sample, and check what a host, a browser
// and a feed reader would get. Tests that need outside tools (Java with the Nu
// HTML Checker, Chromium, axe-core) skip without them unless DIGEST_REQUIRE_TOOLS=1.
package e2e
