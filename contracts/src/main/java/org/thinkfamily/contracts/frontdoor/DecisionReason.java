package org.thinkfamily.contracts.frontdoor;

import org.thinkfamily.contracts.published.privacy.PersonalData;

/** A manager's reason for a decision: free text that may name people, so kept as personal data. */
public record DecisionReason(String dataSubject, String text) implements PersonalData {}
