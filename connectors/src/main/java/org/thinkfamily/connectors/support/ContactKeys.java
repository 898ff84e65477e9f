package org.thinkfamily.connectors.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.thinkfamily.contracts.published.canonical.Identifier;
import org.thinkfamily.contracts.published.canonical.PersonName;
import org.thinkfamily.contracts.published.identifier.IdentifierSystems;

/**
 * A key for a person an agency names only as someone's contact (a FHIR {@code Patient.contact}, an HL7 NK1, a
 * school's parent/carer contact): such records rarely carry an identifier or a birth date, and the hub identifies a
 * person by one or the other. The key stands for "this agency's contact of this name, for this child": the same
 * contact of the same child sent again resolves to the same person, and nobody else ever shares it. It lives in a
 * system of its own, {@code local:<agency>-contacts}, so it never competes with the agency's own patient or pupil
 * ids, and the hub's matching may still link the contact to their own records on their details. Its value is a
 * digest: it says nothing readable about the child or the contact.
 */
public final class ContactKeys {

    /** The suffix of the agency code in the key's system: {@code local:<agency>-contacts}. */
    public static final String SUFFIX = "-contacts";

    private ContactKeys() {}

    /**
     * @param agency   the agency that names the contact
     * @param childKey what identifies the child to this agency (an identifier's token, a record id)
     * @param contact  the contact's name as the agency writes it
     */
    public static Identifier of(String agency, String childKey, PersonName contact) {
        String base = agency.length() > 64 - SUFFIX.length() ? agency.substring(0, 64 - SUFFIX.length()) : agency;
        String value = "c-" + digest(childKey + "\n" + normal(contact.family()) + "\n" + normal(contact.given()), 24);
        return new Identifier(IdentifierSystems.LOCAL_PREFIX + base.replaceAll("-+$", "") + SUFFIX, value);
    }

    /** Hex of the SHA-256 of the text, cut to {@code length} characters: a stable id that quotes nothing. */
    public static String digest(String text, int length) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normal(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
