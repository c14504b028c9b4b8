/// The invented names the generated articles use. Companies and people are made up (roots unlikely to be real
/// firms); agencies and regulators are real public bodies, since a contract needs a government buyer the reader
/// recognises.
enum CorpusNames {
    static let firstNamesEN = ["Maria", "David", "Rachel", "Thomas", "Laura", "Michael", "Susan", "Daniel", "Karen",
                               "Robert", "Emily", "James", "Linda", "Steven", "Nancy", "Brian", "Helen", "Kevin"]
    static let firstNamesFR = ["Claire", "Pierre", "Sophie", "Nicolas", "Camille", "Julien", "Isabelle", "Antoine",
                               "Nathalie", "François", "Céline", "Olivier", "Sandrine", "Laurent", "Amélie", "Bruno"]
    static let surnames = ["Delgado", "Whitcombe", "Okafor", "Lambert", "Dumont", "Harrow", "Kessler", "Moreau",
                           "Fairbank", "Girardot", "Pellerin", "Ashdown", "Varenne", "Lindqvist", "Castaing",
                           "Brennock", "Marchetti", "Oyelaran", "Thibodeau", "Calloway", "Roussel", "Wexford",
                           "Ferrand", "Holloway", "Beaulac", "Stavros", "Quennell", "Arnaud"]

    static let companyRoots = ["Castelbrook", "Norvane", "Veltria", "Ardelis", "Tessaline", "Orvico", "Lumentra",
                               "Sorelia", "Brightwater", "Kestrelle", "Marlowe", "Quintara", "Halvern", "Duvessa",
                               "Stellwick", "Orenda", "Calvient", "Trelawny", "Bexford", "Vireo", "Altamar",
                               "Pennock", "Ombrelle", "Saxlund", "Corvane", "Iridale", "Fenwright", "Mirabeau",
                               "Glenholt", "Rivassa", "Tamberlin", "Ostrava", "Wyndmoor", "Cardella", "Belvane"]
    static let companySuffixesEN = ["Systems", "Logistics", "Energy", "Holdings", "Capital", "Technologies",
                                    "Industries", "Group", "Networks", "Analytics", "Aerospace", "Pharmaceuticals"]
    static let companySuffixesFR = ["Systèmes", "Transports", "Industries", "Technologies", "Énergie", "Logistique",
                                    "Conseil", "Ingénierie", "Distribution", "Santé"]

    /// Government buyers, with the article the name takes in a sentence ("the", "le", "la", "l'").
    static let agenciesEN = ["Department of Transportation", "Department of Energy", "Department of Veterans Affairs",
                             "General Services Administration", "Department of Homeland Security",
                             "Federal Aviation Administration", "U.S. Army", "U.S. Navy", "U.S. Air Force",
                             "Department of Defense"]
    static let agenciesFR: [(article: String, name: String)] = [
        ("le", "ministère des Armées"), ("le", "ministère de l'Intérieur"), ("le", "ministère de la Santé"),
        ("la", "Direction générale de l'armement"), ("le", "ministère de la Justice"),
        ("le", "ministère de la Transition écologique")]

    static let regulatorsEN = ["Federal Trade Commission", "Securities and Exchange Commission",
                               "Department of Justice"]
    static let citiesEN = ["Ashford", "Millbrook", "Carrington", "Westhaven", "Dunmore", "Kingsley", "Harbour Point"]
    static let citiesFR = ["Lyon", "Nantes", "Rennes", "Lille", "Bordeaux", "Grenoble", "Dijon", "Tours"]

    static let monthsEN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                           "October", "November", "December"]
    static let monthsFR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                           "octobre", "novembre", "décembre"]
    static let weekdaysEN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    static let weekdaysFR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]
}
