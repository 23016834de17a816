package site

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/gofrs/flock"
)

// The build works in hidden folders beside the output folder: ".NAME.new-*" while
// rendering and ".NAME.old-*" for the previous site during a non-atomic swap. A lock
// file ".NAME.lock" beside them makes builds of the same output folder take turns.
const (
	newInfix = ".new-"
	oldInfix = ".old-"
)

// publisher owns the output folder for the length of one build: it holds the lock,
// clears what killed builds left behind, and swaps the finished folder in.
type publisher struct {
	out  string // absolute output folder
	lock *flock.Flock
}

// openPublisher waits for any other build of the same output folder to finish,
// then removes the leftovers of builds that were killed.
func openPublisher(out string) (*publisher, error) {
	out, err := filepath.Abs(out)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Dir(out), err)
	}
	l := flock.New(filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+".lock"))
	if err := l.Lock(); err != nil {
		return nil, fmt.Errorf("%s: lock: %w", out, err)
	}
	p := &publisher{out: out, lock: l}
	if err := p.recover(); err != nil {
		p.close()
		return nil, err
	}
	return p, nil
}

// close releases the lock; the lock file stays, since removing it would let a
// waiting build and a new one both believe they hold it.
func (p *publisher) close() { _ = p.lock.Unlock() }

// tempDir makes the fresh folder the site is rendered into.
func (p *publisher) tempDir() (string, error) {
	dir, err := os.MkdirTemp(filepath.Dir(p.out), "."+filepath.Base(p.out)+newInfix)
	if err != nil {
		return "", err
	}
	return dir, os.Chmod(dir, 0o755)
}

// leftovers lists the hidden work folders of earlier builds with the given infix,
// sorted by name.
func (p *publisher) leftovers(infix string) ([]string, error) {
	parent, prefix := filepath.Dir(p.out), "."+filepath.Base(p.out)+infix
	ents, err := os.ReadDir(parent)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", parent, err)
	}
	var out []string
	for _, e := range ents {
		if e.IsDir() && strings.HasPrefix(e.Name(), prefix) {
			out = append(out, filepath.Join(parent, e.Name()))
		}
	}
	sort.Strings(out)
	return out, nil
}

// recover puts back a previous site that a killed non-atomic swap left aside, and
// deletes half-rendered folders. It runs with the lock held, so no live build owns them.
func (p *publisher) recover() error {
	olds, err := p.leftovers(oldInfix)
	if err != nil {
		return err
	}
	if _, err := os.Lstat(p.out); os.IsNotExist(err) && len(olds) > 0 {
		if err := os.Rename(olds[len(olds)-1], p.out); err != nil {
			return fmt.Errorf("%s: restore previous site: %w", p.out, err)
		}
		olds = olds[:len(olds)-1]
	}
	news, err := p.leftovers(newInfix)
	if err != nil {
		return err
	}
	for _, d := range append(olds, news...) {
		if err := os.RemoveAll(d); err != nil {
			return fmt.Errorf("%s: remove leftover: %w", d, err)
		}
	}
	return nil
}

// exchangeDirs is exchange, replaceable so tests can take the two-rename path
// that systems without an atomic exchange use.
var exchangeDirs = exchange

// swap makes the finished folder tmp the output folder and returns where the
// previous site now lies ("" when there was none), for the caller to remove
// or keep. Where the system can exchange two folders in one step, out is
// never missing.
func (p *publisher) swap(tmp string) (string, error) {
	exchanged, err := exchangeDirs(tmp, p.out)
	if err != nil {
		return "", fmt.Errorf("%s: publish: %w", p.out, err)
	}
	if exchanged {
		return tmp, nil // tmp now holds the previous site
	}
	old := filepath.Join(filepath.Dir(p.out), "."+filepath.Base(p.out)+oldInfix+filepath.Base(tmp))
	if err := os.Rename(p.out, old); os.IsNotExist(err) {
		old = ""
	} else if err != nil {
		return "", fmt.Errorf("%s: publish: %w", p.out, err)
	}
	if err := os.Rename(tmp, p.out); err != nil {
		return "", fmt.Errorf("%s: publish: %w", p.out, err)
	}
	return old, nil
}
