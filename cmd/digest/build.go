package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"golang.org/x/term"

	"github.com/topicdigest/digest/site"
	"github.com/topicdigest/digest/site/cache"
)

func init() {
	commands["build"] = command{"clean, group and render the content folder into a static site", runBuild}
}

// siteFlags registers the flags build and serve share.
func siteFlags(fs *flag.FlagSet, o *site.Options) {
	fs.StringVar(&o.Content, "content", "content", "content `folder` (never written)")
	fs.StringVar(&o.Out, "out", "public", "output `folder`")
	fs.StringVar(&o.BaseURL, "base-url", "", "absolute `URL` the site is published at (overrides site.toml)")
	fs.StringVar(&o.Templates, "templates", "", "`folder` whose files override the default templates")
	fs.BoolVar(&o.Strict, "strict", false, "fail the build on any warning")
}

func runBuild(args []string, stdout, stderr io.Writer) int {
	var o site.Options
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	siteFlags(fs, &o)
	timings := fs.Bool("timings", false, "print how long each stage took")
	if fs.Parse(args) != nil {
		return 2
	}
	o.Log = stderr
	o.Progress = terminalProgress(stderr)
	if *timings {
		o.Progress = site.NewStageTimes(stderr)
	}
	cache.MapFiles() // this process ends with the build
	site.ReserveHugeHeap(o.Content, buildHeapReserve)
	o.WarmGCPercent = warmGCPercent()
	res, err := site.Build(o)
	for _, w := range res.Warnings {
		fmt.Fprintf(stderr, "warning: %v\n", w)
	}
	if err != nil {
		fmt.Fprintf(stderr, "digest build: %v\n", err)
		return 1
	}
	fmt.Fprintln(stderr, summaryLine(res, o.Out))
	return 0
}

// summaryLine is the one line a build ends with: what it made, how many warnings,
// how long it took and where the site is.
func summaryLine(res site.Result, out string) string {
	return fmt.Sprintf("built %s, %s, %s; %s; %.2fs -> %s",
		plural(res.Articles, "article"), plural(res.Events, "event"), plural(res.Pages, "page"),
		plural(len(res.Warnings), "warning"), res.Elapsed.Seconds(), out)
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// terminalProgress draws a progress bar when w is a terminal and stays quiet
// otherwise, so logs and pipes get only warnings and the summary.
func terminalProgress(w io.Writer) site.Progress {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return site.NewTerminalProgress(w)
}
