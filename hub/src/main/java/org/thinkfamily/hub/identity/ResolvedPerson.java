package org.thinkfamily.hub.identity;

/**
 * Who a record's subject is: the person record it was resolved to, and the person that record is read as
 * now (the same unless it was linked into another).
 */
public record ResolvedPerson(String personId, String recordPersonId) {}
