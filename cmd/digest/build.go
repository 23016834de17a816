package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/topicdigest/digest/site"
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
	if fs.Parse(args) != nil {
		return 2
	}
	o.Log = stderr
	res, err := site.Build(o)
	for _, w := range res.Warnings {
		fmt.Fprintf(stderr, "warning: %v\n", w)
	}
	if err != nil {
		fmt.Fprintf(stderr, "digest build: %v\n", err)
		return 1
	}
	fmt.Fprintf(stderr, "%d articles, %d events, %d pages, %d warnings in %.2fs -> %s\n",
		res.Articles, res.Events, res.Pages, len(res.Warnings), res.Elapsed.Seconds(), o.Out)
	return 0
}
