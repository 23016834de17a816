package clean

import "strings"

// stopwordLists hold the most frequent function words of each language the
// cleaner knows. Prose is dense in them and navigation is not, which makes their
// share the best single feature for telling a paragraph from a menu (jusText);
// the same lists vote for the article's language.
var stopwordLists = map[string]string{
	"en": `a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most my
myself no nor not now of off on once only or other our ours out over own same she should so some such
than that the their theirs them then there these they this those through to too under until up very was
we were what when where which while who whom why will with would you your yours said says who's it's
there's would've we're they're isn't wasn't don't didn't can't won't`,
	"de": `aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei beim bin bis
bist da damit dann das dass daß dein deine dem den denn der des dich die dies diese dieser dieses dir doch
dort du durch ein eine einem einen einer eines er es etwas euch euer für gegen hat hatte hätte haben ich
ihm ihn ihnen ihr ihre im in ist ja jede jedem jeden jeder jedes jetzt kann kein keine können man manche
mein meine mich mir mit muss nach nicht nichts noch nun nur ob oder ohne sehr sein seine sich sie sind so
solche soll sondern sonst über um und uns unser unter viel vom von vor war waren was weil welche wenn wer
werden wie wieder will wir wird wurde wurden zu zum zur zwar zwischen einen wird schon immer sowie`,
	"fr": `a au aux avec avait avoir c ce ceci cela celle celui ces cet cette chez comme d dans de des donc dont
du elle elles en encore est et été être eu fait il ils j je l la le les leur leurs lui m ma mais me même mes
moi mon n ne ni nos notre nous on ont ou où par pas peu peut plus pour qu quand que quel quelle qui s sa
sans se ses si son sont sous sur t ta te tes toi ton tous tout toute très tu un une vos votre vous y été
était étaient sera aussi entre après avant depuis contre selon`,
	"es": `a al algo algunos ante antes como con contra cual cuando de del desde donde durante e el él ella ellas
ellos en entre era es esa ese eso esta está están este esto estos fue fueron ha hay han hasta la las le les
lo los más me mi mientras muy nada ni no nos nosotros o otra otro para pero poco por porque que quien se
ser si sí sin sino sobre su sus también tanto te tiene todo todos tu un una uno unos ya yo son será sido
había puede según cada así otros`,
	"it": `a ad al alla alle allo agli ai anche avere c che chi ci come con contro cui da dal dalla dalle dei del
della delle dello dentro di dove e è ed era essere fa gli ha hanno i il in io la le lei lo loro lui ma mi
nel nella nelle nei non noi o per però più poi quale quando quanto questa questo qui se sei si sia siamo
sono sta su sua sue sui sul sulla suo suoi tra tu tutti tutto un una uno vi è stato stata anche dopo
ancora essere molto`,
	"pt": `a ao aos as à às até com como da das de dela dele deles depois do dos e é ela elas ele eles em entre era
essa esse esta este eu foi for foram há isso isto já lhe mais mas me mesmo meu minha muito na nas nem no nos
não nós o os ou para pela pelas pelo pelos por qual quando que quem se sem ser seu seus sua suas são também
te tem têm um uma umas uns você vocês está estão foi sobre ainda pode`,
	"nl": `aan al alles als altijd andere ben bij dan dat de der deze die dit doch doen door dus een eens en er
ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je kan kon kunnen
maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat ons ook op over reeds te tegen toch
toen tot u uit uw van veel voor want waren was wat we wel werd wezen wie wij wil worden wordt zal ze zei
zelf zich zij zijn zo zonder zou`,
	"pl": `a aby ale bez był była było były być co czy dla do gdy i ich im jak jako jego jej jest jeszcze już
ku lub ma mnie może na nad nie nich nim o od oraz po pod przez przy się są ta tak także tam te tego tej
ten to tu tylko tym w we więc z za ze że został została`,
	"sv": `alla att av blev bli den det dig din dess detta du efter eller en ett fick från för ha hade han hans
har henne hennes hon honom hur i inte jag kan man med mellan men mig min mot mycket ni nu när någon och om
oss på sedan sig sin skulle som så till under upp ut var vad vi vid vilka är åt över`,
	"id": `ada adalah akan aku anda atau bagi bahwa bahkan belum bisa dalam dan dari dengan di dia harus hanya
ini itu jika juga kami karena ke kita lebih maka masih mereka namun oleh pada para saat saja sangat saya
sebagai sedang sejak sudah tak telah tersebut tidak untuk yang`,
	"da": `af alle at blev bliver da de dem den denne der deres det dig din du efter eller en er et for fra har
havde hun hvad hvis hvor i ikke ind jeg kan man med meget men mig min når og om op over på sig sin skal
som til ud var vi vil være`,
	"tr": `ama ancak bana bazı belki ben bir biz bu çok çünkü da daha de diye en gibi hem her için ile ise kadar
ki mi mu ne o olan olarak olduğu sonra şey şu ve veya ya yani`,
	"cs": `aby ale an byl byla bylo být co do jak jako je jeho jej její jen jsem jsou k kde když která které
který mezi na nad než o od po pod pro protože při s se si tak také to už v ve z za že`,
	"ru": `и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было
вот от меня еще нет о из ему теперь когда даже ну ли если уже или ни быть был него до вас опять уж вам ведь
там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам без чего раз тоже себе
под будет тогда кто этот того потому этого какой ним здесь этом один мой тем чтобы сейчас были можно при
после над больше тот через эти нас про всего них много это также который которые`,
	"ro": `acest această al ale am ar au care ce cu cum de din după este fi fost în la mai nu o or pe pentru
prin sa să se și sunt un una unei unui și`,
}

// wordIndex maps a lower-case word to the set of languages (a bit each, in
// langOrder) whose stopword list holds it, plus navBit for navigation words:
// one map lookup per word gives every feature the classifier reads.
var (
	langOrder = []string{"en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "id", "da", "tr", "cs", "ro", "ru"}
	wordIndex = buildWordIndex()
)

// navBit marks a word of navWords in wordIndex.
const navBit = 1 << 15

func buildWordIndex() map[string]uint16 {
	idx := map[string]uint16{}
	for i, lang := range langOrder {
		for _, w := range strings.Fields(stopwordLists[lang]) {
			idx[w] |= 1 << i
		}
	}
	for w := range navWords {
		idx[w] |= navBit
	}
	return idx
}

// langIndex is lang's position in langOrder, -1 for a language without a
// stopword list.
func langIndex(lang string) int {
	for i, l := range langOrder {
		if l == lang {
			return i
		}
	}
	return -1
}
