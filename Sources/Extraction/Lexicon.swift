/// Word lists the recognisers and rules share; every entry is in folded form (lowercase, no accents).
enum Lexicon {
    /// "to", "à", "au", "aux", "into": what a thing goes to. Folding makes "à" and the English article "a" one
    /// word, so "à" is told by its written form.
    static func isTo(_ token: Token) -> Bool {
        ["to", "au", "aux", "into"].contains(token) || token.text == "à" || token.text == "À"
    }

    /// Words that introduce a complement: an entity right after one is not the subject of a verb.
    static let prepositions = WordSet([
        "de", "d'", "du", "des", "of", "par", "by", "selon", "according", "pour", "for", "a", "au", "aux", "to",
        "avec", "with", "from", "chez", "contre", "against", "sur", "on", "dans", "in", "at", "aupres", "via",
        "vers", "entre", "between", "envers", "than", "que", "comme", "like", "as", "sans", "without", "about",
        "apres", "after", "avant", "before", "depuis", "since", "over", "under", "sous", "into", "toward",
        "towards", "behind", "derriere", "pres", "near", "face", "versus", "vs", "among", "parmi",
    ]).flagged(.prepositions)
    /// Capitalised words that start sentences or titles but never names.
    static let capitalStop: WordSet = [
        "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cet", "cette", "ces", "il", "elle",
        "ils", "elles", "on", "nous", "vous", "je", "j'", "tu", "selon", "pour", "dans", "en", "et", "mais", "ou",
        "donc", "or", "ni", "car", "si", "quand", "lorsque", "lorsqu'", "alors", "ainsi", "apres", "avant", "lors",
        "depuis", "pendant", "comme", "par", "sur", "sous", "avec", "sans", "chez", "entre", "vers", "contre",
        "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "you", "i", "his",
        "her", "its", "their", "our", "my", "in", "at", "by", "for", "from", "with", "without", "after",
        "before", "when", "while", "if", "but", "and", "so", "as", "since", "during", "under", "over",
        "according", "despite", "although", "though", "because", "meanwhile", "however", "yet", "still",
        "malgre", "durant", "hormis", "notwithstanding", "amid", "amidst", "alongside", "beside", "beyond", "unlike", "upon", "within", "throughout",
        "across", "toward", "towards", "against", "regarding", "concerning", "was", "were", "is", "are", "did", "does", "has", "have", "had",
        "qui", "que", "quoi", "dont", "c'", "qu'", "n'", "s'", "m'", "t'", "who", "what", "which", "where",
        "why", "how", "there", "here", "ici", "la-bas", "tout", "tous", "toute", "toutes", "all", "some", "many",
        "most", "plusieurs", "certains", "certaines", "chaque", "each", "every", "aucun", "aucune", "no", "not",
        "ne", "pas", "jamais", "never", "toujours", "always", "souvent", "often", "pres", "environ", "oui", "non", "yes", "mr", "mrs", "ms", "dr", "m", "mme", "photo", "credit", "credits",
        "source", "sources", "lire", "read", "voir", "see", "aussi", "also", "even", "meme", "deja", "already",
        "pourtant", "cependant", "toutefois", "neanmoins", "enfin", "puis", "ensuite", "then", "now",
        "maintenant", "aujourd'hui", "today", "hier", "yesterday", "demain", "tomorrow", "seule", "seul", "only",
        "devinez", "reste", "resume", "resumer", "lecture", "international", "update", "exclusive", "exclusif",
        "breaking", "analysis", "analyse", "opinion", "editorial", "tribune", "enquete", "investigation",
        "md", "mds", "mrd", "mrds", "bn", "mn", "cfa", "fcfa", "rs",
        "separately", "additionally", "moreover", "furthermore", "instead", "earlier", "later", "previously",
        "finally", "overall", "together", "similarly", "likewise", "indeed", "notably", "elsewhere", "nonetheless",
        "nevertheless", "ultimately", "currently", "recently", "parallelement", "egalement", "desormais",
        "auparavant", "recemment", "notamment", "entre-temps", "corporate", "political", "private", "public", "personal", "interroge", "interrogee", "sollicite", "sollicitee",
        "contacte", "contactee", "asked", "contacted", "reached", "parmi", "among", "amongst", "outre", "besides",
        "another", "other", "others", "such", "both", "either", "neither", "much", "more", "less", "few", "several",
        "autre", "autres", "tel", "telle", "tels", "telles", "chacun", "chacune", "certain", "certaine", "quelques",
        "ceo", "pdg", "cfo", "cto", "coo", "ia", "ai", "faq", "pdf", "ok", "tv", "usa", "us", "uk", "ue", "eu",
        "dealbook", "summit", "tech", "new", "old", "first", "last", "premier", "premiere",
        "dernier", "derniere", "nouveau", "nouvelle", "grand", "grande", "plus", "moins", "tres", "very",
        "mister", "monsieur", "madame", "sir", "lady", "lord", "saint", "st", "ancien", "ancienne", "former",
        "ex", "vice", "interim", "acting", "chief", "head", "senior", "junior", "jr", "sr", "president",
        "presidente", "president-elect", "senateur", "senator", "senatrice", "juge", "judge", "gouverneur", "governor", "ministre",
        "minister", "secretaire", "secretary", "representant", "representative", "maire", "mayor",
        "directeur", "directrice", "director", "fondateur", "founder", "cofondateur", "cofounder", "co-founder",
        "patron", "patronne", "porte-parole", "spokesperson", "spokesman", "spokeswoman", "avocat", "avocate",
        "lawyer", "attorney", "procureur", "prosecutor", "commissaire", "commissioner", "chancelier",
        "chancellor", "prime", "roi", "king", "reine", "queen", "prince", "princesse", "pape", "pope",
        "dieu", "god", "internet", "web", "covid", "covid-19", "black", "friday", "noel", "christmas", "ramadan",
        "whitepaper", "newsletter", "podcast", "video", "tweet", "post", "blog", "thread", "live", "direct",
        "republicain", "republicains", "republicaine", "republican", "republicans", "democrate", "democrates",
        "democrat", "democrats", "democratic", "americain", "americaine", "americains", "american", "americans",
        "francais", "french", "europeen", "european", "chinois", "chinese", "russe", "russian", "israelien",
        "israeli", "britannique", "british", "allemand", "german", "japonais", "japanese", "canadien", "canadian",
        "indien", "indian", "ukrainien", "ukrainian", "iranien", "iranian", "saoudien", "saudi", "californien",
        "silicon", "valley", "wall", "street", "main", "maga", "gafam", "gafa", "magnificent", "seven",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday", "wednesday",
        "thursday", "saturday", "sunday", "janvier", "fevrier", "mars", "avril", "mai", "juin",
        "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december",
        // Month abbreviations ("awarded Aug. 9"); "Jan" and "Jun" are also first names, so they stay out.
        "feb", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "janv", "fevr", "avr", "juil",
    ]
    /// Places that look like names: countries, regions, cities, buildings.
    static let places: WordSet = [
        "etats-unis", "etats", "unis", "united", "states", "amerique", "america", "france", "europe", "chine",
        "china", "russie", "russia", "ukraine", "israel", "gaza", "iran", "inde", "india", "japon", "japan",
        "allemagne", "germany", "royaume-uni", "kingdom", "britain", "canada", "mexique", "mexico", "bresil",
        "brazil", "taiwan", "coree", "korea", "arabie", "saoudite", "arabia", "qatar", "emirats", "dubai",
        "washington", "californie", "california", "texas", "floride", "florida", "new", "york", "new-york",
        "paris", "londres", "london", "bruxelles", "brussels", "berlin", "pekin", "beijing", "moscou", "moscow",
        "san", "francisco", "los", "angeles", "seattle", "austin", "boston", "chicago", "miami", "virginie",
        "virginia", "maryland", "arizona", "nevada", "georgie", "georgia", "pennsylvanie", "pennsylvania",
        "ohio", "michigan", "wisconsin", "minnesota", "minneapolis", "oregon", "colorado", "utah", "alaska",
        "hawai", "mar-a-lago", "capitole", "capitol", "hill", "bureau", "ovale", "oval", "office", "davos",
        "strasbourg", "luxembourg", "irlande", "ireland", "dublin", "suisse", "switzerland",
        "geneve", "geneva", "italie", "italy", "espagne", "spain", "pays-bas", "netherlands", "belgique",
        "belgium", "pologne", "poland", "suede", "sweden", "norvege", "norway", "danemark", "denmark", "finlande",
        "finland", "australie", "australia", "singapour", "singapore", "hong", "kong", "afrique", "africa",
        "asie", "asia", "occident", "ouest", "est", "nord", "sud", "west", "east", "north", "south", "pentagone",
        "manhattan", "brooklyn", "hollywood", "redmond", "cupertino", "menlo", "park", "palo", "alto",
        "mountain", "view", "tel", "aviv", "jerusalem", "kiev", "kyiv", "venezuela", "cuba", "groenland",
        "greenland", "panama", "iowa", "caroline", "carolina", "tennessee", "kentucky", "louisiane", "louisiana",
        "alabama", "oklahoma", "kansas", "missouri", "indiana", "illinois", "massachusetts", "connecticut",
        "jersey", "delaware", "vermont", "maine", "montana", "idaho", "wyoming", "dakota", "nebraska",
        "columbia", "district", "silicon", "valley", "benelux",
        // Countries whose demonym is the name plus "n" or "ese" ("Kenyan operator X", "Senegalese firm X").
        "kenya", "nigeria", "ghana", "ethiopia", "tanzania", "uganda", "rwanda", "zambia", "gambia", "liberia",
        "senegal", "gabon", "togo", "congo", "angola", "algeria", "tunisia", "libya", "somalia", "namibia",
        "cameroun", "cameroon", "chile", "colombia", "bolivia", "argentina", "austria", "albania", "croatia",
        "serbia", "slovakia", "slovenia", "bulgaria", "romania", "malaysia", "indonesia", "cambodia", "mongolia",
    ]
    /// Last words that make a company name: "Acme Inc.", "Zentrix Technologies".
    static let companySuffixes: WordSet = [
        "inc", "corp", "corporation", "sa", "sas", "sarl", "llc", "ltd", "limited", "pty", "plc", "gmbh", "ag", "nv", "bvba",
        "bv", "group", "groupe", "technologies", "technology", "systems", "solutions", "labs", "lab", "capital",
        "partners", "holdings", "holding", "media", "medias", "network", "networks", "bank", "banque", "ventures",
        "industries", "international", "consulting", "analytics", "software", "security", "dynamics",
        "aerospace", "defense", "robotics", "energy", "energies", "pharma", "pharmaceuticals", "motors", "motor",
        "airlines", "communications", "telecom", "studios", "entertainment", "foundation", "fondation",
        "institute", "institut", "associates", "co", "company", "compagnie", "llp", "pllc", "trust", "fund",
        "ai", "data", "cloud", "digital", "global", "services", "computing", "interactive", "games", "news",
        "avionics", "electronics", "semiconductor", "semiconductors", "therapeutics", "biosciences", "biotech",
        "logistics", "materials", "instruments", "devices", "engineering", "industrie", "securite",
        "pharmaceutique", "pharmaceutiques", "health", "healthcare", "medical", "automotive", "mining",
        "resources", "petroleum", "oil", "gas", "chemicals", "foods", "brands", "retail", "insurance", "assurances",
        "finance", "financial", "investments", "investissements", "gestion", "conseil", "consultants", "informatique",
        "telecoms", "robotique", "spatial", "space", "satellites", "aviation", "maritime", "shipping", "transport",
        "construction", "btp", "immobilier", "estates", "properties", "realty", "studio", "records", "press", "presse",
        "investissement", "venture", "resorts", "hotels", "hospitality", "leisure", "couture", "airways",
    ]
    /// Nouns that, right before a name, say it is an organisation ("la société Acme", "the firm Acme").
    static let companyCues: WordSet = [
        "societe", "entreprise", "groupe", "start-up", "startup", "firme", "cabinet", "editeur", "fabricant",
        "sous-traitant", "prestataire", "fournisseur", "plateforme", "reseau", "media", "journal", "quotidien",
        "magazine", "hebdomadaire", "site", "chaine", "agence", "ong", "association", "syndicat", "banque",
        "fonds", "constructeur", "operateur", "geant", "company", "firm", "group", "contractor", "subcontractor",
        "vendor", "supplier", "maker", "publisher", "newspaper", "outlet", "network", "platform", "app",
        "nonprofit", "charity", "union", "bank", "fund", "think-tank", "tank", "conglomerate", "giant",
        "rival", "concurrent", "competitor", "filiale", "subsidiary", "marque", "brand", "cooperative",
        "laboratoire", "labo", "lab", "pme", "eti", "industriel", "equipementier", "integrateur", "jeune-pousse",
        "pousse", "biotech", "assureur", "insurer", "lender", "preteur", "distributeur", "grossiste", "fintech",
    ]
    /// Words that head a government body's name.
    static let agencyHeads = WordSet([
        "ministere", "ministry", "department", "departement", "agence", "agency", "commission", "autorite",
        "authority", "administration", "secretariat", "direction", "office", "bureau", "service", "services",
        "conseil", "council", "inspection", "inspectorate", "gendarmerie", "police", "prefecture", "armee",
        "army", "navy", "marine", "regulator", "regulateur", "federal", "national", "state", "comite",
    ]).flagged(.agencyHeads)
    /// Titles that, before or after a name, say it is a person.
    static let personTitles = WordSet([
        "m", "mme", "mr", "mrs", "ms", "dr", "pr", "president", "presidente", "senateur", "senatrice", "senator",
        "sen", "juge", "judge", "ministre", "minister", "secretaire", "secretary", "gouverneur", "governor",
        "gov", "representant", "rep", "maire", "mayor", "pdg", "ceo", "fondateur", "fondatrice", "founder",
        "cofondateur", "cofondatrice", "co-fondateur", "cofounder", "co-founder", "directeur", "directrice",
        "director", "porte-parole", "spokesperson", "spokesman", "spokeswoman", "avocat", "avocate", "lawyer",
        "attorney", "activiste", "activist", "journaliste", "journalist", "employe", "employee", "milliardaire",
        "billionaire", "entrepreneur", "entrepreneuse", "investisseur", "investor", "patron", "patronne",
        "chairman", "chairwoman", "chair", "depute", "deputee", "congressman", "congresswoman", "commissaire",
        "commissioner", "procureur", "prosecutor", "chancelier", "chancellor", "candidat", "candidate",
        "economiste", "economist", "analyste", "analyst", "chercheur", "researcher", "professeur", "professor",
        "dirigeant", "dirigeante", "executive", "officer", "cadre", "conseiller", "conseillere", "adviser",
        "advisor", "ambassadeur", "ambassador", "vice-president", "vice-presidente", "animateur", "host",
        "ingenieur", "engineer", "administrateur", "administrator", "gestionnaire", "manager", "trader",
        "actionnaire", "shareholder", "heritier", "heir", "heritiere", "magnat", "mogul", "tycoon", "donateur",
        "donor", "megadonor", "megadonateur", "lobbyiste", "lobbyist", "stratege", "strategist", "ecrivain",
        "writer", "auteur", "author", "acteur", "actor", "chanteur", "singer", "fils", "son", "fille",
        "daughter", "epouse", "wife", "mari", "husband", "frere", "brother", "soeur", "sister", "pere", "father",
        "mere", "mother", "leader", "chef", "head", "boss", "superviseur", "chief", "cfo", "coo", "cto", "compatriote",
        "compatriot", "successeur", "successor", "predecesseur", "predecessor", "owner", "proprietaire",
        "reporter", "correspondent", "correspondant", "correspondante", "columnist", "chroniqueur",
        "chroniqueuse", "designer", "styliste", "businessman", "businesswoman", "philanthropist",
        "philanthrope", "banker", "banquier", "banquiere",
    ]).flagged(.personTitles)
    /// Words before a name that mean it is a photo credit or a source, not an actor.
    static let creditCues: WordSet = ["photo", "photos", "credit", "credits", "image", "images", "illustration", "©", "copyright"]
}
