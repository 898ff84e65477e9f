package org.thinkfamily.replay.matching;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.thinkfamily.contracts.published.canonical.Sex;
import org.thinkfamily.hub.identity.matching.GivenNameForms;

/**
 * The mistakes agencies make writing down a person, at the rates of {@link SyntheticRecords}: a name mistyped or
 * in another form, a birth date's day and month swapped or a digit wrong, the sex or the address left out. Shared
 * by the matching benchmark and the synthetic authority, drawn from the caller's {@link Random} so that a seed
 * gives the same mistakes.
 */
public final class RecordingErrors {

    /** A person's details as an agency wrote them down. */
    public record Details(String given, String family, LocalDate birthDate, Sex sex) {}

    private final Random random;
    private final Postcodes postcodes;

    /** @param postcodes where people may have moved to; null when the records never say a person moved */
    RecordingErrors(Random random, Postcodes postcodes) {
        this.random = random;
        this.postcodes = postcodes;
    }

    public RecordingErrors(Random random) {
        this(random, null);
    }

    /** The person's names, birth date and sex as one agency record has them; what went wrong is added to {@code distortions}. */
    public Details details(Person person, Set<Distortion> distortions) {
        String given = person.given();
        String family = person.family();
        if (random.nextDouble() < SyntheticRecords.FAMILY_NAME_TYPO) {
            family = typo(family);
            distortions.add(Distortion.FAMILY_NAME_TYPO);
        }
        String name = given.toLowerCase(Locale.ROOT);
        List<String> listedForms =
                GivenNameForms.otherFormsOf(name).stream().sorted().toList();
        if (!listedForms.isEmpty() && random.nextDouble() < SyntheticRecords.OTHER_FORM_OF_GIVEN_NAME) {
            given = pick(listedForms);
            distortions.add(Distortion.NICKNAME);
        } else if (Names.UNLISTED_FORMS.containsKey(name)
                && random.nextDouble() < SyntheticRecords.OTHER_FORM_OF_GIVEN_NAME) {
            given = pick(Names.UNLISTED_FORMS.get(name));
            distortions.add(Distortion.NICKNAME_UNLISTED);
        }
        if (random.nextDouble() < SyntheticRecords.GIVEN_NAME_TYPO) {
            given = typo(given);
            distortions.add(Distortion.GIVEN_NAME_TYPO);
        }
        if (random.nextDouble() < SyntheticRecords.NAMES_IN_OTHER_ORDER) {
            String was = given;
            given = family;
            family = was;
            distortions.add(Distortion.NAMES_IN_OTHER_ORDER);
        }

        LocalDate birth = person.birthDate();
        if (birth.getDayOfMonth() <= 12
                && birth.getDayOfMonth() != birth.getMonthValue()
                && random.nextDouble() < SyntheticRecords.DAY_MONTH_SWAPPED) {
            birth = LocalDate.of(birth.getYear(), birth.getDayOfMonth(), birth.getMonthValue());
            distortions.add(Distortion.DAY_MONTH_SWAPPED);
        }
        if (random.nextDouble() < SyntheticRecords.DATE_DIGIT) {
            birth = digitTypo(birth, distortions);
        }

        Sex sex = person.sex();
        if (random.nextDouble() < SyntheticRecords.SEX_MISSING) {
            sex = null;
            distortions.add(Distortion.SEX_MISSING);
        }
        return new Details(given, family, birth, sex);
    }

    /** The address as the agency has it, the person not having moved: {postcode, uprn}, either null when left out. */
    public String[] address(String postcode, String uprn, Set<Distortion> distortions) {
        return address(postcode, uprn, 0, distortions, false);
    }

    /** The address as the agency has it: left out, only a postcode, or a new one after a move. */
    String[] address(String postcode, String uprn, long serial, Set<Distortion> distortions, boolean mayHaveMoved) {
        if (random.nextDouble() < SyntheticRecords.ADDRESS_MISSING) {
            distortions.add(Distortion.ADDRESS_MISSING);
            return new String[] {null, null};
        }
        if (mayHaveMoved && random.nextDouble() < SyntheticRecords.MOVED) {
            boolean nearby = random.nextBoolean();
            postcode = nearby ? postcodes.nearby(postcode, random) : postcodes.elsewhere(postcode, random);
            uprn = Long.toString(SyntheticRecords.FIRST_NEW_UPRN + serial);
            distortions.add(nearby ? Distortion.MOVED_NEARBY : Distortion.MOVED_AWAY);
        }
        if (random.nextDouble() < SyntheticRecords.UPRN_MISSING) {
            distortions.add(Distortion.UPRN_MISSING);
            uprn = null;
        }
        return new String[] {postcode, uprn};
    }

    /** One keystroke wrong: a letter replaced, dropped, doubled, or two neighbours swapped. */
    private String typo(String name) {
        String word = name.toLowerCase(Locale.ROOT);
        while (true) {
            StringBuilder typed = new StringBuilder(word);
            int at = random.nextInt(word.length());
            switch (random.nextInt(4)) {
                case 0 -> typed.setCharAt(at, (char) ('a' + random.nextInt(26)));
                case 1 -> {
                    if (word.length() > 2) {
                        typed.deleteCharAt(at);
                    }
                }
                case 2 -> typed.insert(at, word.charAt(at));
                default -> {
                    if (at + 1 < word.length()) {
                        typed.setCharAt(at, word.charAt(at + 1));
                        typed.setCharAt(at + 1, word.charAt(at));
                    }
                }
            }
            if (!typed.toString().equals(word)) {
                return typed.toString();
            }
        }
    }

    /** One digit of the year's last two, the month or the day typed wrong, still a date. */
    private LocalDate digitTypo(LocalDate birth, Set<Distortion> distortions) {
        int[] positions = {2, 3, 5, 6, 8, 9}; // in yyyy-MM-dd
        for (int attempt = 0; attempt < 50; attempt++) {
            int at = positions[random.nextInt(positions.length)];
            char[] text = birth.toString().toCharArray();
            char digit = (char) ('0' + random.nextInt(10));
            if (digit == text[at]) {
                continue;
            }
            text[at] = digit;
            try {
                LocalDate typed = LocalDate.parse(new String(text));
                if (typed.isAfter(LocalDate.of(2026, 1, 1))) {
                    continue;
                }
                distortions.add(at < 4 ? Distortion.DATE_DIGIT_YEAR : Distortion.DATE_DIGIT_DAY_MONTH);
                return typed;
            } catch (DateTimeException notADate) {
                // try another digit
            }
        }
        return birth;
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
