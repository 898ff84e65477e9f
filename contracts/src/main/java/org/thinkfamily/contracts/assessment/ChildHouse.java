package org.thinkfamily.contracts.assessment;

/** The Three Houses a child's own words go in. */
public enum ChildHouse {
    WORRIES,
    GOOD_THINGS,
    DREAMS
}
