package org.thinkfamily.replay.matching;

/** What an agency's record of a person got wrong, or left out, compared with what the index holds. */
public enum Distortion {
    FAMILY_NAME_TYPO("family name: a letter wrong, missing, doubled, or two swapped"),
    GIVEN_NAME_TYPO("given name: a letter wrong, missing, doubled, or two swapped"),
    NICKNAME("given name: another form the scorer lists (Kate for Katherine)"),
    NICKNAME_UNLISTED("given name: another form the scorer does not list (Ted for Edward)"),
    NAMES_IN_OTHER_ORDER("given and family names in each other's place"),
    DAY_MONTH_SWAPPED("birth date: day and month swapped"),
    DATE_DIGIT_DAY_MONTH("birth date: one digit wrong in the day or month"),
    DATE_DIGIT_YEAR("birth date: one digit wrong in the year"),
    SEX_MISSING("sex left out"),
    ADDRESS_MISSING("postcode and UPRN left out"),
    UPRN_MISSING("UPRN left out, postcode given"),
    MOVED_NEARBY("moved house in the same district: another postcode, same outward code, another UPRN"),
    MOVED_AWAY("moved house to another district"),
    OTHER_IDENTIFIER("carries an identifier of a system the index does not hold for them"),
    CONFLICTING_IDENTIFIER("carries another value of an identifier the index holds (a number re-issued)"),
    IDENTIFIER_LEFT_OUT("an identifier the agency holds for the person left off the record");

    private final String description;

    Distortion(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
