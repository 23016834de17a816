package corpus

// The word lists the generator draws names, places and organisations from. They
// are invented or generic on purpose: the corpus exercises the pipeline, it does
// not describe the world.

var firstNames = []string{
	"Anna", "Marco", "Yuki", "Samuel", "Leila", "Tomas", "Grace", "Ibrahim", "Mei", "Oliver",
	"Sofia", "Daniel", "Priya", "Lukas", "Amara", "Kenji", "Elena", "Victor", "Hana", "Joseph",
	"Nadia", "Pablo", "Ingrid", "Kwame", "Lucia", "Dmitri", "Aisha", "Henrik", "Rosa", "Tariq",
	"Clara", "Minho", "Fatima", "Erik", "Julia", "Rafael", "Sara", "Andrei", "Chloe", "Omar",
	"Helen", "Jun", "Maria", "Stefan", "Nia", "Paolo", "Irene", "Sven", "Laila", "Ruben",
	"Beatrice", "Hiroshi", "Zainab", "Felix", "Carmen", "Mateo", "Alice", "Viktor", "Esther", "Ravi",
}

var lastNames = []string{
	"Keller", "Moreau", "Tanaka", "Okafor", "Haddad", "Novak", "Lindqvist", "Park", "Rossi", "Mensah",
	"Fischer", "Alvarez", "Sato", "Kowalski", "Nguyen", "Petrov", "Costa", "Jensen", "Rahman", "Dubois",
	"Yilmaz", "Bauer", "Silva", "Kim", "Lopez", "Ivanova", "Brennan", "Sokolov", "Achebe", "Varga",
	"Hoffmann", "Ortega", "Suzuki", "Nowak", "Castillo", "Lee", "Marino", "Eriksen", "Banda", "Horvat",
	"Schmidt", "Romero", "Watanabe", "Dlamini", "Chen", "Moretti", "Larsen", "Adeyemi", "Fontaine", "Weber",
	"Mendes", "Choi", "Greco", "Svensson", "Kariuki", "Laurent", "Becker", "Navarro", "Ito", "Popescu",
}

// place is a city with the country it belongs to, so datelines stay consistent.
type place struct{ city, country string }

var places = []place{
	{"Norhaven", "Veldoria"}, {"Castelmar", "Veldoria"}, {"Ostrava Nova", "Veldoria"}, {"Brightwater", "Veldoria"},
	{"Kessan", "Tarnland"}, {"Ulmfort", "Tarnland"}, {"Rivesaltes", "Tarnland"}, {"Drumlin", "Tarnland"},
	{"Port Aurel", "Casmeria"}, {"Sanvel", "Casmeria"}, {"Marisco", "Casmeria"}, {"Cortega", "Casmeria"},
	{"Hollin", "Eastmarch"}, {"Vass", "Eastmarch"}, {"Greyhaven", "Eastmarch"}, {"Tolbridge", "Eastmarch"},
	{"Jurmala Bay", "Sorvia"}, {"Kalvik", "Sorvia"}, {"Tessin", "Sorvia"}, {"Lunde", "Sorvia"},
	{"Amberfield", "Oskaria"}, {"Pellow", "Oskaria"}, {"Stennis", "Oskaria"}, {"Varnholm", "Oskaria"},
	{"Qadira", "Meridan"}, {"Sul Hamra", "Meridan"}, {"Beit Oran", "Meridan"}, {"Zafrun", "Meridan"},
	{"Takamura", "Keshiro"}, {"Minase", "Keshiro"}, {"Hokuto Bay", "Keshiro"}, {"Ryuzen", "Keshiro"},
	{"Calder", "New Albion"}, {"Fenwick", "New Albion"}, {"Lowestry", "New Albion"}, {"Marrow Point", "New Albion"},
	{"Itaparu", "Brasilo"}, {"Serra Alta", "Brasilo"}, {"Porto Vento", "Brasilo"}, {"Campo Real", "Brasilo"},
}

var organisations = []string{
	"the Institute for Regional Studies", "the Centre for Security Policy", "the National Statistics Office",
	"the Harbour Policy Forum", "the Council on Trade and Growth", "the Federation of Manufacturers",
	"the Open Data Observatory", "the Civic Monitoring Group", "the Atlantic Economic Bureau",
	"the Institute of Public Health", "the Energy Transition Council", "the Coastal Research Centre",
	"Northgate Capital", "Lumen Analytics", "the Union of Transport Workers", "the Red Cross",
	"the Chamber of Commerce", "the University of Castelmar", "the Geological Survey", "the Press Union",
}

var companies = []string{
	"Veltron Industries", "Castor Motors", "Helix Pharma", "Brightline Rail", "Norcom Telecom",
	"Aurel Steel", "Sunmar Foods", "Quanta Chips", "Oskar Shipping", "Pellow Chemicals",
	"Meridian Air", "Tarn Energy", "Blueleaf Retail", "Kessan Mining", "Orbita Systems",
}

var agencies = []string{"AFP", "AP", "Reuters", "UPI", "Yonhap", "dpa", "EFE", "ANSA"}

var weekdays = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

var navWords = []string{
	"Home", "World", "Politics", "Business", "Markets", "Tech", "Science", "Health", "Sport",
	"Culture", "Opinion", "Video", "Podcasts", "Travel", "Lifestyle", "Weather", "Local", "Trending",
	"Latest", "Environment", "Education", "Asia", "Europe", "Americas", "Africa", "Middle East",
}

var outletStems = []string{
	"Herald", "Courier", "Tribune", "Observer", "Gazette", "Daily", "Times", "Post", "Chronicle",
	"Monitor", "Dispatch", "Ledger", "Sentinel", "Record", "Journal", "Beacon", "Express", "Standard",
}
