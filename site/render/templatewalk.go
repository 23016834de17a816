package render

import (
	"html/template"
	"reflect"
	"text/template/parse"
)

// templateWalk walks one kind of page's templates (see readsOf).
type templateWalk struct {
	set    *template.Template
	depth  int  // of template calls
	giveUp bool // the walk met what it does not follow at all: the page is read whole
}

// maxCallDepth bounds template calls, for templates that call themselves.
const maxCallDepth = 32

// scope maps the variables in reach to their values.
type scope map[string]value

func (s scope) with(name string, v value) scope {
	out := make(scope, len(s)+1)
	for k, x := range s {
		out[k] = x
	}
	out[name] = v
	return out
}

// pageKinds are the kinds of page, each rendered by its template (see pageTemplate).
var pageKinds = []string{"timeline", "month", "archive", "event", "article", "search", "404"}

// pageReads is what each kind of page's template reads of it.
func pageReads(ts templateSet) map[string]*reads {
	out := map[string]*reads{}
	for _, kind := range pageKinds {
		name := pageTemplate(kind)
		out[kind] = readsOf(ts[name], name)
	}
	return out
}

// readsOf walks the template name of set, given a *page, and returns what
// it reads of the page.
func readsOf(set *template.Template, name string) *reads {
	root := &reads{}
	t := set.Lookup(name)
	if t == nil || t.Tree == nil {
		root.whole = true
		return root
	}
	w := &templateWalk{set: set}
	page := value{t: reflect.TypeFor[*page](), r: root}
	w.list(t.Tree.Root, page, scope{"$": page})
	if w.giveUp {
		return &reads{whole: true}
	}
	if body := fieldOf(page, "Body"); body.r != nil {
		// Body is the article's Markdown, rendered with its original URL
		// for relative links (see worker.page).
		art := fieldOf(page, "Article")
		readByMethod(art, deref(art.t))
		fieldOf(art, "URL").r.whole = true
	}
	fieldOf(page, "Kind").r.whole = true // which template renders it
	root.sortFields()
	return root
}

func (w *templateWalk) list(l *parse.ListNode, dot value, vars scope) {
	if l == nil {
		return
	}
	for _, n := range l.Nodes {
		vars = w.node(n, dot, vars)
	}
}

// node walks n and returns the scope after it: an action may declare a
// variable for the rest of its list.
func (w *templateWalk) node(n parse.Node, dot value, vars scope) scope {
	switch n := n.(type) {
	case *parse.ActionNode:
		v := w.pipe(n.Pipe, dot, vars)
		if len(n.Pipe.Decl) == 0 {
			readWhole(v) // printed
		}
		return w.declare(n.Pipe, v, vars)
	case *parse.IfNode:
		w.branch(&n.BranchNode, dot, vars, false)
	case *parse.WithNode:
		w.branch(&n.BranchNode, dot, vars, true)
	case *parse.RangeNode:
		w.rangeOver(n, dot, vars)
	case *parse.TemplateNode:
		w.call(n, dot, vars)
	case *parse.ListNode:
		w.list(n, dot, vars)
	}
	return vars
}

// declare binds what a pipeline declares; an assignment to a variable
// already declared makes the walk give up, since a loop may carry it back.
func (w *templateWalk) declare(p *parse.PipeNode, v value, vars scope) scope {
	if p.IsAssign {
		w.giveUp = true
	}
	for _, d := range p.Decl {
		vars = vars.with(d.Ident[0], v)
	}
	return vars
}

func (w *templateWalk) branch(b *parse.BranchNode, dot value, vars scope, with bool) {
	v := w.pipe(b.Pipe, dot, vars)
	readTruth(v)
	inner := w.declare(b.Pipe, v, vars)
	if with {
		w.list(b.List, v, inner)
	} else {
		w.list(b.List, dot, inner)
	}
	w.list(b.ElseList, dot, vars)
}

func (w *templateWalk) rangeOver(n *parse.RangeNode, dot value, vars scope) {
	v := w.pipe(n.Pipe, dot, vars)
	readTruth(v)
	elem := elemOf(v)
	if n.Pipe.IsAssign {
		w.giveUp = true
	}
	inner := vars
	switch len(n.Pipe.Decl) {
	case 1:
		inner = inner.with(n.Pipe.Decl[0].Ident[0], elem)
	case 2:
		inner = inner.with(n.Pipe.Decl[0].Ident[0], value{}).with(n.Pipe.Decl[1].Ident[0], elem)
	}
	w.list(n.List, elem, inner)
	w.list(n.ElseList, dot, vars)
}

// call walks the called template with its argument as dot and $.
func (w *templateWalk) call(n *parse.TemplateNode, dot value, vars scope) {
	arg := value{}
	if n.Pipe != nil {
		arg = w.pipe(n.Pipe, dot, vars)
	}
	t := w.set.Lookup(n.Name)
	if t == nil || t.Tree == nil || w.depth >= maxCallDepth {
		readWhole(arg)
		return
	}
	w.depth++
	w.list(t.Tree.Root, arg, scope{"$": arg})
	w.depth--
}

// pipe is the value of a pipeline: each command's result is the last
// argument of the next.
func (w *templateWalk) pipe(p *parse.PipeNode, dot value, vars scope) value {
	if p == nil {
		return value{}
	}
	var final *value
	for _, c := range p.Cmds {
		v := w.command(c, dot, vars, final)
		final = &v
	}
	if final == nil {
		return value{}
	}
	return *final
}

func (w *templateWalk) command(c *parse.CommandNode, dot value, vars scope, final *value) value {
	var args []value
	for _, a := range c.Args[1:] {
		args = append(args, w.arg(a, dot, vars))
	}
	if final != nil {
		args = append(args, *final)
	}
	if id, ok := c.Args[0].(*parse.IdentifierNode); ok {
		return call(id.Ident, args)
	}
	v := w.arg(c.Args[0], dot, vars)
	for _, a := range args { // a method called with arguments
		readWhole(a)
	}
	if len(args) > 0 {
		readWhole(v)
		return value{}
	}
	return v
}

// arg is the value of one operand.
func (w *templateWalk) arg(n parse.Node, dot value, vars scope) value {
	switch n := n.(type) {
	case *parse.DotNode:
		return dot
	case *parse.FieldNode:
		return chain(dot, n.Ident)
	case *parse.VariableNode:
		v, ok := vars[n.Ident[0]]
		if !ok {
			w.giveUp = true
		}
		return chain(v, n.Ident[1:])
	case *parse.ChainNode:
		return chain(w.arg(n.Node, dot, vars), n.Field)
	case *parse.PipeNode:
		return w.pipe(n, dot, vars)
	case *parse.IdentifierNode:
		return call(n.Ident, nil)
	}
	return value{} // a constant
}
