package org.thinkfamily.hub.identity.matching;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The forms of a given name that are one name (Katherine, Kate, Cathy): the scorer counts them as a nickname, and
 * the matching benchmark writes them as agencies do. Lower case.
 */
public final class GivenNameForms {

    private static final List<Set<String>> ONE_NAME = List.of(
            Set.of("katherine", "catherine", "kathryn", "kate", "katie", "kath", "cathy", "kathy"),
            Set.of("elizabeth", "liz", "lizzie", "beth", "betty", "eliza", "libby"),
            Set.of("margaret", "maggie", "meg", "peggy", "maisie"),
            Set.of("william", "will", "bill", "billy", "liam"),
            Set.of("robert", "rob", "bob", "bobby", "robbie"),
            Set.of("james", "jim", "jimmy", "jamie"),
            Set.of("thomas", "tom", "tommy"),
            Set.of("alexander", "alex", "sandy", "xander"),
            Set.of("alexandra", "alex", "lexi", "sandra"),
            Set.of("jennifer", "jen", "jenny"),
            Set.of("rebecca", "becky", "becca"),
            Set.of("samuel", "sam", "sammy"),
            Set.of("samantha", "sam", "sammie"),
            Set.of("daniel", "dan", "danny"),
            Set.of("joseph", "joe", "joey"),
            Set.of("michael", "mike", "mikey", "mick"),
            Set.of("christopher", "chris", "kit"),
            Set.of("jonathan", "jon", "jonny"),
            Set.of("matthew", "matt", "matty"),
            Set.of("benjamin", "ben", "benny"),
            Set.of("charlotte", "charlie", "lottie"),
            Set.of("victoria", "vicky", "tori"),
            Set.of("mohammed", "muhammad", "mohammad", "mohamed", "muhammed"));

    /** Each form to every form it may stand for, looked up once per comparison. */
    private static final Map<String, Set<String>> SAME_NAME = ONE_NAME.stream()
            .flatMap(set -> set.stream().map(name -> Map.entry(name, set)))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, GivenNameForms::both));

    private GivenNameForms() {}

    public static boolean areOneName(String a, String b) {
        return SAME_NAME.getOrDefault(a, Set.of()).contains(b);
    }

    /** The other forms of a name, none when the name has no other listed form. */
    public static Set<String> otherFormsOf(String name) {
        Set<String> forms = new HashSet<>(SAME_NAME.getOrDefault(name, Set.of()));
        forms.remove(name);
        return Set.copyOf(forms);
    }

    private static Set<String> both(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.addAll(b);
        return Set.copyOf(both);
    }
}
