package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// watch calls onChange once the folders dirs (and every folder under them, also
// ones created later) have seen no change for delay. It returns once watching
// has started and stops when ctx ends.
func watch(ctx context.Context, dirs []string, delay time.Duration, onChange func(), log io.Writer) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	for _, d := range dirs {
		if err := addTree(w, d); err != nil {
			w.Close()
			return err
		}
	}
	go watchLoop(ctx, w, delay, onChange, log)
	return nil
}

func watchLoop(ctx context.Context, w *fsnotify.Watcher, delay time.Duration, onChange func(), log io.Writer) {
	defer w.Close()
	timer := time.NewTimer(delay)
	timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-w.Events:
			if !ok {
				return
			}
			if ignoredChange(ev.Name) {
				continue
			}
			if ev.Has(fsnotify.Create) {
				if fi, err := os.Stat(ev.Name); err == nil && fi.IsDir() {
					_ = addTree(w, ev.Name)
				}
			}
			timer.Reset(delay)
		case err, ok := <-w.Errors:
			if !ok {
				return
			}
			fmt.Fprintf(log, "digest serve: watch: %v\n", err)
		case <-timer.C:
			onChange()
		}
	}
}

// addTree watches dir and the folders under it, except hidden ones, which the
// build skips too.
func addTree(w *fsnotify.Watcher, dir string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("watch %s: %w", p, err)
		}
		if !d.IsDir() {
			return nil
		}
		if p != dir && ignoredChange(p) {
			return filepath.SkipDir
		}
		if err := w.Add(p); err != nil {
			return fmt.Errorf("watch %s: %w", p, err)
		}
		return nil
	})
}

// ignoredChange reports editor scratch files and hidden files, whose changes never
// change the site.
func ignoredChange(p string) bool {
	base := filepath.Base(p)
	return strings.HasPrefix(base, ".") || strings.HasSuffix(base, "~") ||
		strings.HasSuffix(base, ".swp") || base == "4913"
}
