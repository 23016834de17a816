package clean

import (
	"strings"
	"unicode/utf8"
)

// Boilerplate vocabulary. Short lines made of these words are page furniture in
// any outlet (menus, login boxes, share bars); the lists are per purpose, not per
// site, and cover the languages the cleaner supports.
var (
	// navWords are words that, on a short line, mark it as navigation or a widget.
	navWords = wordSet(`home menu search login log logout sign signin signup register registration subscribe
subscription subscribers newsletter newsletters share shares tweet print email e-mail mail comment comments
reply replies follow like likes more read next previous prev back top skip content contact advertise
advertisement advertising ad ads sponsored cookie cookies privacy policy terms conditions imprint about
account password forgot facebook twitter linkedin whatsapp pinterest instagram youtube telegram reddit rss
feed tags tag categories category archives archive sitemap faq help jobs careers close open toggle view
gallery video videos photo photos image images credit download app apps edition sections section login
anmelden abmelden einloggen registrieren abonnieren abo teilen drucken kommentare kommentar kommentieren
weiterlesen mehr zurück startseite suche impressum datenschutz kontakt anzeige werbung newsletter menü
zum artikel nach oben hauptmenü navigation merken
connexion inscription abonner abonnez partager imprimer commentaires commentaire accueil rechercher
recherche publicité suite lire contactez mentions légales
iniciar sesión registrarse suscríbete suscribirse compartir imprimir comentarios comentario inicio buscar
publicidad leer más
accedi iscriviti registrati condividi stampa commenti commento cerca pubblicità leggi
entrar assine assinar compartilhe compartilhar comentários comentário início publicidade leia
inloggen abonneren delen reacties reactie zoeken advertentie lees meer`)

	// sectionHeads open a block that is not the article: comments, related links,
	// most-read lists. The article region does not run across them.
	sectionHeads = phraseSet(`comments|comment|no comments|no comment|comments closed|comments are closed|leave a reply|leave a comment|post a comment|add a comment|
join the discussion|join the conversation|be the first to comment|show comments|view comments|
related|related articles|related stories|related posts|related news|related content|related topics|
read more|more stories|more news|more from|most popular|most read|most viewed|popular|trending|
trending now|you may also like|you might also like|recommended|recommended for you|further reading|
see also|latest news|latest stories|top stories|editor's picks|don't miss|also read|read next|
kommentare|kommentar schreiben|leserkommentare|das könnte sie auch interessieren|mehr zum thema|
lesen sie auch|weitere artikel|ähnliche artikel|ähnliche beiträge|verwandte artikel|meistgelesen|
am meisten gelesen|beliebte artikel|neueste artikel|auch interessant|
commentaires|laisser un commentaire|à lire aussi|lire aussi|sur le même sujet|articles similaires|
les plus lus|à voir aussi|
comentarios|deja un comentario|noticias relacionadas|te puede interesar|más leídas|lo más leído|
lo más visto|artículos relacionados|también te puede interesar|
commenti|lascia un commento|leggi anche|articoli correlati|i più letti|potrebbe interessarti|
comentários|deixe um comentário|leia também|veja também|mais lidas|notícias relacionadas|
reacties|laat een reactie achter|lees ook|gerelateerd|meest gelezen|gerelateerde artikelen|
tags|tagged|tagged with|filed under|categories|topics|schlagworte|schlagwörter|stichworte|getaggt mit|
kategorien|themen|étiquettes|mots-clés|etiquetas|temas|argomenti|tag|
share this|share this article|share this story|share this post|diesen artikel teilen|artikel teilen|
partager cet article|compartir|condividi|compartilhe|
about the author|über den autor|über die autorin|zur person|à propos de l'auteur|sobre el autor|
sull'autore|sobre o autor|over de auteur|
das könnte dich auch interessieren|könnte sie auch interessieren|weitere beiträge|weitere themen`)

	// copyrightMarks make a line a copyright or rights notice.
	copyrightMarks = []string{"©", "(c) 20", "(c) 19", "copyright", "all rights reserved",
		"alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
		"tutti i diritti riservati", "todos os direitos reservados", "alle rechten voorbehouden"}

	// consentMarks make a line a cookie, script or consent notice at any length.
	consentMarks = []string{"cookie", "javascript", "adblock", "ad blocker", "datenschutzerklärung",
		"privacy policy", "terms of use", "terms of service"}

	// creditMarks end or start a photo caption or credit line.
	creditMarks = []string{"photo by ", "photo:", "photos:", "image:", "images:", "picture:",
		"credit:", "credits:", "foto:", "fotos:", "bild:", "quelle:", "photo credit", "getty images",
		"ap photo", "afp photo", "reuters/", "/reuters", "/afp", "afp/", "/epa", "epa/", "/ap",
		"shutterstock", "istock", "dpa/", "/dpa", "imago", "keystone", "photo :", "crédit photo",
		"foto di ", "foto de ", "file photo"}
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func phraseSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			m[p] = true
		}
	}
	return m
}

// promoLeads open a line that points to another article: "Read more: ...",
// "Lea también: ...", "Lesen Sie auch: ...".
var promoLeads = phraseSet(`read|read more|read also|also read|see also|related|watch|listen|more|recommended|
lea|lea también|lea más|le puede interesar|vea también|mira|ver también|te puede interesar|
lesen sie auch|lesen sie mehr|mehr dazu|mehr zum thema|auch interessant|siehe auch|lire aussi|à lire aussi|
voir aussi|à voir|leia também|leia mais|veja também|veja|leggi anche|leggi|guarda|lees ook|lees meer|bekijk`)

// promoLeadBytes bounds where the separator after a promo lead may stand.
const promoLeadBytes = 40

// ctaMarks make a short line a call to action: subscribe, sign up, follow us.
var ctaMarks = []string{"subscribe", "subscriber", "newsletter", "sign up", "log in", "email address",
	"e-mail address", "e-mail-adresse", "abonnieren", "abonnent", "abonnez", "suscríbete", "suscríbase",
	"iscriviti", "assine", "inscreva-se", "akismet", "follow us", "folgen sie uns", "síguenos", "suivez-nous",
	"seguici", "siga-nos", "volg ons", "download the", "app store", "google play"}

// isPromo reports whether a lower-case line is a pointer to other content
// ("Read more: ...") or, being short, a call to action; marks is
// scanMarks(lower).
func isPromo(lower string, words int, marks markKind) bool {
	head := lower[:min(len(lower), promoLeadBytes+len("»")-1)] // a separator starting within the limit, whole
	if i := strings.IndexAny(head, ":|»"); i > 0 && i < promoLeadBytes {
		if promoLeads[strings.Trim(lower[:i], " -–—*>[](")] {
			return true
		}
	}
	return words < 35 && marks&markCTA != 0
}

// isSectionHead reports whether a lower-case line opens or marks a block that is
// not the article: a header like "Related articles" or "12 Comments" (the words
// of a section head, with an optional count), "34 responses to ...", or a
// comment's "name says:" and "Reply" lines.
func isSectionHead(lower string) bool {
	s := strings.Trim(lower, " :.-–—|»›>#*()[]0123456789\t")
	if len(s) > 120 {
		return false
	}
	if sectionHeads[s] || commentMarks[s] {
		return true
	}

	for _, p := range commentOpeners {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	for _, p := range quotedOpeners {
		if rest, ok := strings.CutPrefix(s, p); ok && strings.ContainsRune(openingQuotes, firstRune(rest)) {
			return true
		}
	}
	if strings.Count(s, " ") <= 5 {
		for _, suf := range commentSaid {
			if strings.HasSuffix(lower, suf) {
				return true
			}
		}
	}
	return false
}

// openingQuotes open a quoted title.
const openingQuotes = "“„\"«‘'‚»"

var (
	// commentMarks are the lines of a comment thread's furniture.
	commentMarks = wordSet("reply antworten répondre responder rispondi beantwoorden responder")
	// commentOpeners start the title of a comment thread: "34 responses to ...".
	commentOpeners = []string{"responses to ", "response to ", "thoughts on ", "thought on ", "comments on ",
		"comments to ", "kommentare zu ", "gedanken zu ", "commentaires sur ", "réponses à ", "comentarios en ",
		"respuestas a ", "commenti su ", "reacties op "}
	// quotedOpeners start the title of a thread of one comment when a
	// quoted title follows: "One thought on “Ulmfort plant fire”".
	quotedOpeners = []string{"one thought on ", "one response to ", "one comment on ", "ein gedanke zu ",
		"ein kommentar zu ", "eine antwort auf ", "un commentaire sur ", "une réponse à ", "un comentario en ",
		"una respuesta a "}
	// commentSaid end a comment's author line: "Art Edwards says:".
	commentSaid = []string{" says:", " said:", " sagt:", " schreibt:", " meint:", " dit :", " dit:",
		" dice:", " escribió:", " ha detto:", " disse:", " zegt:", " wrote:"}
)

// isCaption reports whether a lower-case line is a photo caption or credit: a
// credit mark near its end or at its start, or a bracketed credit like
// "[KCNA/AFP]". marks is scanMarks(lower).
func isCaption(lower string, marks markKind) bool {
	head := lower
	if len(head) > 14 {
		head = head[:14]
	}
	if marks&markCredit != 0 || strings.HasPrefix(head, "photo") || strings.HasPrefix(head, "foto:") ||
		strings.HasPrefix(head, "image:") || strings.HasPrefix(head, "bild:") {
		return true
	}
	if strings.HasSuffix(lower, "]") {
		if i := strings.LastIndexByte(lower, '['); i >= 0 && strings.Contains(lower[i:], "/") && len(lower)-i < 40 {
			return true
		}
	}
	return false
}

// firstRune is s's first character, or utf8.RuneError for an empty s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
