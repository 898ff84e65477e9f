package org.thinkfamily.contracts.published.canonical;

/** {@code RESTRICTED} records are seen only by roles cleared for them. */
public enum Sensitivity {
    STANDARD,
    RESTRICTED
}
