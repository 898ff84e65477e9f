package org.thinkfamily.contracts.family;

import java.time.Instant;

/**
 * Query: every agency record on a family's timeline with its facts, as {@link FamilyRecord}s in
 * {@code occurredAt} order; with {@code asAt}, only what the hub had recorded by then about the people
 * who were members by then (null for now).
 */
public record FindFamilyRecords(String familyId, Instant asAt) {}
