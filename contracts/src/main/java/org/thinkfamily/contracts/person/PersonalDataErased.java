package org.thinkfamily.contracts.person;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A person's personal data was erased: the keys it was sealed under are destroyed, so every event
 * naming any of {@code dataSubjects} now reads in its erased form, and each projection drops what it
 * copied of them. Non-personal facts (that a record existed, when, from which agency) stay.
 */
@Revision("1")
public record PersonalDataErased(String personId, List<String> dataSubjects, String reason) {}
