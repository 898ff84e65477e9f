package org.thinkfamily.contracts.published.canonical;

public enum Sex {
    FEMALE,
    MALE,
    OTHER,
    UNKNOWN
}
