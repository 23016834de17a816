package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/topicdigest/digest/site/ingest"
)

func init() {
	commands["add"] = command{"fetch a page once (or take a saved file) and store it in the content folder", runAdd}
}

func runAdd(args []string, stdout, stderr io.Writer) int {
	var opts ingest.AddOptions
	fs := flag.NewFlagSet("add", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&opts.Content, "content", "content", "content `folder` the page is stored in")
	fs.StringVar(&opts.URL, "url", "", "for a saved FILE: the page's original `URL`, recorded with it")
	fs.DurationVar(&opts.Timeout, "timeout", ingest.DefaultFetchTimeout, "give up a fetch after this `duration`, redirects included")
	fs.Int64Var(&opts.MaxBytes, "max-bytes", ingest.DefaultMaxBytes, "refuse pages larger than this many `bytes`")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: digest add [-content DIR] [-url URL] URL|FILE...")
		fmt.Fprintln(stderr, "\nStores each page in the content folder under a stable name, with its URL and")
		fmt.Fprintln(stderr, "fetch time, so builds stay offline. An existing file is never replaced.")
		fs.PrintDefaults()
	}
	if fs.Parse(args) != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	status := 0
	for _, src := range fs.Args() {
		added, err := ingest.Add(context.Background(), src, opts)
		if err != nil {
			fmt.Fprintf(stderr, "digest add: %v\n", err)
			status = 1
			continue
		}
		if added.URL != "" {
			fmt.Fprintf(stdout, "added %s (%s)\n", added.Path, added.URL)
		} else {
			fmt.Fprintf(stdout, "added %s\n", added.Path)
		}
	}
	return status
}
