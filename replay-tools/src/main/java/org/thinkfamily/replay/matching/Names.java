package org.thinkfamily.replay.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.thinkfamily.contracts.published.canonical.Sex;

/**
 * Names drawn by frequency, as in a West Yorkshire population: a few surnames very common (Smith about
 * 1 in 100, Khan, Hussain, Patel and Ali among the first ten), then a long tail of rarer ones, since how
 * often two people share a name decides how hard matching is. Given names by sex, and the other forms
 * of a given name an agency may write instead.
 */
final class Names {

    /** The most common surnames, most common first. */
    private static final List<String> COMMON_SURNAMES = List.of(
            "Smith",
            "Jones",
            "Khan",
            "Taylor",
            "Hussain",
            "Brown",
            "Williams",
            "Ali",
            "Wilson",
            "Patel",
            "Johnson",
            "Davies",
            "Ahmed",
            "Robinson",
            "Wright",
            "Thompson",
            "Evans",
            "Walker",
            "White",
            "Akhtar",
            "Roberts",
            "Green",
            "Hall",
            "Wood",
            "Jackson",
            "Clarke",
            "Iqbal",
            "Mahmood",
            "Shah",
            "Hughes",
            "Edwards",
            "Lewis",
            "Turner",
            "Hill",
            "Harris",
            "Martin",
            "Cooper",
            "Moore",
            "King",
            "Lee",
            "Baker",
            "Harrison",
            "Morgan",
            "Allen",
            "James",
            "Scott",
            "Phillips",
            "Watson",
            "Begum",
            "Parker",
            "Bennett",
            "Price",
            "Griffiths",
            "Young",
            "Mitchell",
            "Kelly",
            "Cook",
            "Carter",
            "Richardson",
            "Bailey",
            "Collins",
            "Bell",
            "Shaw",
            "Murphy",
            "Miller",
            "Cox",
            "Richards",
            "Marshall",
            "Anderson",
            "Simpson",
            "Ellis",
            "Adams",
            "Wilkinson",
            "Foster",
            "Chapman",
            "Mason",
            "Russell",
            "Webb",
            "Rogers",
            "Hunt",
            "Holmes",
            "Mills",
            "Owen",
            "Palmer",
            "Matthews",
            "Thomas",
            "Lloyd",
            "Stevens",
            "Butler",
            "Rahman",
            "Riaz",
            "Aziz",
            "Bibi",
            "Sharif",
            "Rashid",
            "Malik",
            "Butt",
            "Siddique",
            "Hanif",
            "Kaur");

    // The tail: plausible English place-like surnames built from parts, shuffled so rank is not alphabet.
    private static final List<String> TAIL_STARTS = List.of(
            "Ash", "Brad", "Brook", "Clay", "Dal", "Den", "Elm", "Fair", "Farn", "Gar", "Glen", "Hart", "Hol", "Kirk",
            "Lang", "Mar", "Mid", "Net", "Old", "Pem", "Rad", "Ross", "Sel", "Stan", "Thorn", "Wal", "West", "Whit",
            "Win", "Ack", "Bar", "Bel", "Bing", "Black", "Bram", "Brig", "Burn", "Cal", "Chad", "Craw", "Cres", "Dun",
            "Ed", "Fen", "Fox", "Grim", "Hal", "Hay", "Heath", "Hors", "Ing", "Kel", "Ken", "Lind", "Lock", "Mel",
            "Mor", "Nor", "Ox", "Pick", "Red", "Rom", "Sal", "Sid", "Stock", "Sum", "Tal", "Ted", "Ver", "Wad", "Wil",
            "Yar", "Ab", "Bo", "Cr", "Dr", "Ev", "Gl", "Hen", "Lud");
    private static final List<String> TAIL_MIDDLES = List.of("", "er", "ing", "en", "s", "an", "el", "ow");
    private static final List<String> TAIL_ENDS = List.of(
            "ley", "ton", "worth", "field", "ford", "by", "ham", "well", "wood", "croft", "dale", "den", "man", "son",
            "ridge", "brook", "stone", "thorpe", "wick", "more", "shaw", "hurst", "land", "cott", "bury", "combe",
            "gate", "hill", "house", "ings", "low", "mer", "ney", "rick", "side", "stead", "thwaite", "wright", "yard",
            "all", "ell", "ington", "ey", "ett", "ock", "ard");

    private static final List<String> FEMALE = List.of(
            "Olivia",
            "Amelia",
            "Sarah",
            "Isla",
            "Emily",
            "Ava",
            "Fatima",
            "Jessica",
            "Sophie",
            "Charlotte",
            "Emma",
            "Laura",
            "Aisha",
            "Grace",
            "Ruby",
            "Lily",
            "Hannah",
            "Elizabeth",
            "Rebecca",
            "Katherine",
            "Maryam",
            "Freya",
            "Mia",
            "Ella",
            "Chloe",
            "Amy",
            "Lucy",
            "Evie",
            "Zainab",
            "Isabella",
            "Rachel",
            "Claire",
            "Nicola",
            "Lisa",
            "Helen",
            "Victoria",
            "Samantha",
            "Jennifer",
            "Margaret",
            "Zara",
            "Poppy",
            "Daisy",
            "Florence",
            "Alice",
            "Ivy",
            "Rosie",
            "Willow",
            "Phoebe",
            "Matilda",
            "Sophia",
            "Ayesha",
            "Khadija",
            "Amina",
            "Hafsa",
            "Inaya",
            "Noor",
            "Sana",
            "Hira",
            "Iqra",
            "Mariam",
            "Kelly",
            "Gemma",
            "Zoe",
            "Jane",
            "Susan",
            "Patricia",
            "Julie",
            "Karen",
            "Joanne",
            "Michelle",
            "Donna",
            "Tracey",
            "Amanda",
            "Deborah",
            "Alexandra",
            "Abigail",
            "Eleanor",
            "Megan",
            "Holly",
            "Natalie",
            "Leanne",
            "Kirsty",
            "Jodie",
            "Stacey",
            "Danielle",
            "Louise",
            "Catherine",
            "Harper",
            "Evelyn",
            "Elsie",
            "Sienna",
            "Millie",
            "Nadia",
            "Shazia",
            "Samina",
            "Nasreen",
            "Rubina",
            "Parveen",
            "Shabana",
            "Farzana",
            "Yasmin",
            "Aleena",
            "Anaya",
            "Sadia",
            "Uzma",
            "Eshal",
            "Hajra",
            "Mehak",
            "Esme",
            "Thea",
            "Maisie",
            "Isabelle",
            "Harriet",
            "Imogen",
            "Lola",
            "Erin",
            "Georgia",
            "Bethany",
            "Paige",
            "Courtney");

    private static final List<String> MALE = List.of(
            "Muhammad",
            "Oliver",
            "Jack",
            "Mohammed",
            "Harry",
            "George",
            "Noah",
            "James",
            "Thomas",
            "William",
            "Daniel",
            "David",
            "Michael",
            "Joshua",
            "Samuel",
            "Jacob",
            "Leo",
            "Arthur",
            "Oscar",
            "Charlie",
            "Ibrahim",
            "Yusuf",
            "Adam",
            "Ryan",
            "Liam",
            "Luke",
            "Matthew",
            "Christopher",
            "Andrew",
            "John",
            "Robert",
            "Paul",
            "Mark",
            "Richard",
            "Stephen",
            "Peter",
            "Anthony",
            "Edward",
            "Nicholas",
            "Benjamin",
            "Alexander",
            "Joseph",
            "Jonathan",
            "Henry",
            "Theodore",
            "Freddie",
            "Alfie",
            "Archie",
            "Finley",
            "Isaac",
            "Lucas",
            "Ethan",
            "Mason",
            "Logan",
            "Jake",
            "Tyler",
            "Callum",
            "Connor",
            "Nathan",
            "Kyle",
            "Jordan",
            "Zachary",
            "Nathaniel",
            "Gabriel",
            "Frederick",
            "Harrison",
            "Ahmed",
            "Hassan",
            "Ali",
            "Omar",
            "Bilal",
            "Hamza",
            "Zain",
            "Ayaan",
            "Rayyan",
            "Musa",
            "Imran",
            "Tariq",
            "Asif",
            "Shahid",
            "Khalid",
            "Zubair",
            "Adnan",
            "Faisal",
            "Usman",
            "Arslan",
            "Haris",
            "Abdullah",
            "Sajid",
            "Nadeem",
            "Lee",
            "Craig",
            "Darren",
            "Gary",
            "Wayne",
            "Ian",
            "Kevin",
            "Jason",
            "Carl",
            "Dean",
            "Scott",
            "Martin",
            "Simon",
            "Neil",
            "Arlo",
            "Tommy",
            "Reuben",
            "Elijah",
            "Toby",
            "Max",
            "Kashif",
            "Rizwan",
            "Waqas",
            "Amir",
            "Aryan",
            "Dylan",
            "Lewis",
            "Jamie",
            "Owen",
            "Sebastian");

    /** Everyday forms the scorer does not list (GivenNameForms lists those it does): what an agency also writes, and the scorer sees as another name. */
    static final Map<String, List<String>> UNLISTED_FORMS = Map.ofEntries(
            Map.entry("henry", List.of("hal", "hank")),
            Map.entry("john", List.of("jack", "johnny")),
            Map.entry("edward", List.of("ted", "eddie", "ed")),
            Map.entry("eleanor", List.of("ellie", "nell")),
            Map.entry("anthony", List.of("tony")),
            Map.entry("nicholas", List.of("nick", "nicky")),
            Map.entry("richard", List.of("rick", "richie")),
            Map.entry("susan", List.of("sue", "susie")),
            Map.entry("patricia", List.of("pat", "trish")),
            Map.entry("stephen", List.of("steve")),
            Map.entry("andrew", List.of("andy", "drew")),
            Map.entry("david", List.of("dave", "davy")),
            Map.entry("peter", List.of("pete")),
            Map.entry("frederick", List.of("fred", "freddie")),
            Map.entry("abigail", List.of("abbie", "abby")),
            Map.entry("isabella", List.of("bella", "izzy")),
            Map.entry("zachary", List.of("zach", "zak")),
            Map.entry("nathaniel", List.of("nate")),
            Map.entry("gabriel", List.of("gabe")),
            Map.entry("theodore", List.of("teddy")),
            Map.entry("oliver", List.of("ollie")),
            Map.entry("jessica", List.of("jess", "jessie")),
            Map.entry("deborah", List.of("debbie", "deb")),
            Map.entry("amanda", List.of("mandy")));

    private static final Names STANDARD = new Names();

    private final List<String> surnames;
    private final double[] surnameCumulative;
    private final double[] femaleCumulative;
    private final double[] maleCumulative;

    private Names() {
        Set<String> tail = new LinkedHashSet<>();
        for (String start : TAIL_STARTS) {
            for (String middle : TAIL_MIDDLES) {
                for (String end : TAIL_ENDS) {
                    tail.add(start + middle + end);
                }
            }
        }
        tail.removeAll(COMMON_SURNAMES);
        List<String> shuffled = new ArrayList<>(tail);
        Collections.shuffle(shuffled, new Random(1));
        List<String> all = new ArrayList<>(COMMON_SURNAMES);
        all.addAll(shuffled);
        surnames = List.copyOf(all);
        // Flat at the head (Smith ~1%, the 100th ~0.1%), then falling a little slower than 1/rank through the tail.
        int head = COMMON_SURNAMES.size();
        double[] weights = new double[surnames.size()];
        for (int r = 1; r <= weights.length; r++) {
            weights[r - 1] = r <= head ? Math.pow(r, -0.5) : Math.pow(head, -0.5) * Math.pow((double) head / r, 0.9);
        }
        surnameCumulative = cumulative(weights);
        femaleCumulative = cumulative(zipf(FEMALE.size(), 0.6));
        maleCumulative = cumulative(zipf(MALE.size(), 0.6));
    }

    static Names standard() {
        return STANDARD;
    }

    String surname(Random random) {
        return surnames.get(draw(surnameCumulative, random));
    }

    /** The share of people given the surname of this rank (1 is the most common). */
    double surnameShare(int rank) {
        double before = rank == 1 ? 0 : surnameCumulative[rank - 2];
        return surnameCumulative[rank - 1] - before;
    }

    String given(Sex sex, Random random) {
        return sex == Sex.MALE ? MALE.get(draw(maleCumulative, random)) : FEMALE.get(draw(femaleCumulative, random));
    }

    /** A given name of that sex unlike each of {@code others}: siblings are not named alike. */
    String givenUnlike(Sex sex, Random random, List<String> others) {
        while (true) {
            String name = given(sex, random);
            if (others.stream().noneMatch(other -> other.equalsIgnoreCase(name))) {
                return name;
            }
        }
    }

    private static double[] zipf(int size, double exponent) {
        double[] weights = new double[size];
        for (int r = 1; r <= size; r++) {
            weights[r - 1] = Math.pow(r, -exponent);
        }
        return weights;
    }

    private static double[] cumulative(double[] weights) {
        double total = Arrays.stream(weights).sum();
        double[] cumulative = new double[weights.length];
        double running = 0;
        for (int i = 0; i < weights.length; i++) {
            running += weights[i] / total;
            cumulative[i] = running;
        }
        cumulative[cumulative.length - 1] = 1.0;
        return cumulative;
    }

    private static int draw(double[] cumulative, Random random) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble());
        return at >= 0 ? at : -at - 1;
    }
}
