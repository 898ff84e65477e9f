/**
 * The published language: what agencies and their connectors speak to the hub. Canonical events and their
 * rules ({@code canonical}), the identifiers and their check digits ({@code identifier}), the ingest port
 * connectors hand events to ({@code ingest}), dead letters ({@code deadletter}) and what may be logged of them
 * ({@code privacy}). It depends on nothing else in contracts; the hub's own commands, events and queries
 * ({@code org.thinkfamily.contracts.person}, {@code .family}, {@code .assessment}, ...) build on it. Those keep
 * their package names because the event store holds their class names.
 */
package org.thinkfamily.contracts.published;
