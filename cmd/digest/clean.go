package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/topicdigest/digest/site/clean"
	"github.com/topicdigest/digest/site/ingest"
)

func init() {
	commands["clean"] = command{"clean files (or every file under a folder) and print them", runClean}
}

func runClean(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("clean", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print one JSON object per input file, a line each")
	if fs.Parse(args) != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "usage: digest clean [-json] PATH...")
		return 2
	}
	status := 0
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	for _, p := range fs.Args() {
		docs, warns, err := ingest.Paths(p, ingest.Options{})
		if err != nil {
			fmt.Fprintf(stderr, "digest clean: %v\n", err)
			status = 1
			continue
		}
		for _, w := range warns {
			fmt.Fprintf(stderr, "warning: %v\n", w)
		}
		arts, cw := clean.CleanAll(docs, clean.Options{})
		for _, w := range cw {
			fmt.Fprintf(stderr, "warning: %v\n", w)
		}
		for i := range arts {
			if *asJSON {
				if err := enc.Encode(arts[i].ToJSON()); err != nil {
					fmt.Fprintf(stderr, "digest clean: %v\n", err)
					return 1
				}
				continue
			}
			fmt.Fprint(stdout, clean.ToMarkdown(&arts[i]))
		}
	}
	return status
}
