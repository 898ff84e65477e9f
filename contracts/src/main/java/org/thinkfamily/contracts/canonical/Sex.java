package org.thinkfamily.contracts.canonical;

public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN
}
