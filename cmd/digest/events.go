package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/topicdigest/digest/site"
	"github.com/topicdigest/digest/site/group"
	"github.com/topicdigest/digest/site/model"
)

func init() {
	commands["events"] = command{"print how the articles group into events, render nothing", runEvents}
}

func runEvents(args []string, stdout, stderr io.Writer) int {
	var o site.Options
	fs := flag.NewFlagSet("events", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.Content, "content", "content", "content `folder`")
	asJSON := fs.Bool("json", false, "print the events as JSON (the shape of public/events.json)")
	explainA := fs.String("explain", "", "explain why article `ID1` and the article ID2 after it are or are not together")
	if fs.Parse(args) != nil {
		return 2
	}
	explainB := ""
	if *explainA != "" {
		if fs.NArg() == 0 {
			fmt.Fprintln(stderr, "digest events: -explain needs two article ids: -explain ID1 ID2")
			return 2
		}
		explainB = fs.Arg(0)
		if fs.Parse(fs.Args()[1:]) != nil { // flags may follow the two ids
			return 2
		}
	}
	d, err := site.Load(o)
	if err != nil {
		fmt.Fprintf(stderr, "digest events: %v\n", err)
		return 1
	}
	for _, w := range d.Warnings {
		fmt.Fprintf(stderr, "warning: %v\n", w)
	}
	if *explainA != "" {
		return explainPair(d, *explainA, explainB, stdout, stderr)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(model.NewEventsJSON(d.Events)); err != nil {
			fmt.Fprintf(stderr, "digest events: %v\n", err)
			return 1
		}
		return 0
	}
	for _, e := range d.Events {
		fmt.Fprintf(stdout, "%s  %s  (%d sources)  [%s]\n", model.FormatDate(e.Date, false), e.Title, len(e.Articles), e.ID)
		for _, a := range e.Articles {
			fmt.Fprintf(stdout, "    %-10s %-20s %s\n", model.FormatDate(a.Date, false), a.Source, a.File)
		}
	}
	return 0
}

// explainPair prints why two articles are or are not in one event.
func explainPair(d *site.Digest, a, b string, stdout, stderr io.Writer) int {
	opts := site.GroupOptions(d.Settings)
	ex, err := group.Explain(d.Articles, opts, a, b)
	if err != nil {
		fmt.Fprintf(stderr, "digest events: %v\n", err)
		return 1
	}
	fmt.Fprint(stdout, ex.String())
	return 0
}
