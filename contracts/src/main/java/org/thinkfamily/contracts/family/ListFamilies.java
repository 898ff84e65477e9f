package org.thinkfamily.contracts.family;

/**
 * The families a user works with (lead professional or on the team), or every family when {@code user} is
 * null, newest activity first, a page at a time; answered with {@link FamilyPage}.
 */
public record ListFamilies(String user, int page, int size) {}
