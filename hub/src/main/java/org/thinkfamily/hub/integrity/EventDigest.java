package org.thinkfamily.hub.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The SHA-256 of a stored event's row as the store holds it: every column but the global index, each length-prefixed
 * so that no two rows share an encoding. The global index is left out so that an event moved to another index is
 * recognised as the same event (reordered, not changed). Personal data is stored sealed, so erasing a person (which
 * destroys their key, never a row) leaves every digest as it was.
 */
final class EventDigest {

    static final int LENGTH = 32;

    /** The columns {@link #of} reads, after the global index. */
    static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, type,"
            + " time_stamp, payload_type, payload_revision, payload, meta_data";

    private EventDigest() {}

    /** @param row positioned on a row selected with {@link #COLUMNS} */
    static byte[] of(ResultSet row) throws SQLException {
        MessageDigest sha = sha256();
        text(sha, row.getString("event_identifier"));
        text(sha, row.getString("aggregate_identifier"));
        long sequence = row.getLong("sequence_number");
        text(sha, row.wasNull() ? null : Long.toString(sequence));
        text(sha, row.getString("type"));
        text(sha, row.getString("time_stamp"));
        text(sha, row.getString("payload_type"));
        text(sha, row.getString("payload_revision"));
        bytes(sha, row.getBytes("payload"));
        bytes(sha, row.getBytes("meta_data"));
        return sha.digest();
    }

    /** The link of a segment: over the previous link, the segment's position and its entries. */
    static byte[] link(byte[] previous, long position, byte[] entries) {
        MessageDigest sha = sha256();
        sha.update(previous);
        sha.update(ByteBuffer.allocate(Long.BYTES).putLong(position).array());
        sha.update(entries);
        return sha.digest();
    }

    static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }

    private static void text(MessageDigest sha, String value) {
        bytes(sha, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(MessageDigest sha, byte[] value) {
        // -1 for null, so that null and empty differ
        sha.update(ByteBuffer.allocate(Integer.BYTES)
                .putInt(value == null ? -1 : value.length)
                .array());
        if (value != null) {
            sha.update(value);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
