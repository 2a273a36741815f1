package io.commitments.projections.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one definition of a partnership's hash chain, used where links are recorded (the ledger processor) and by
 * both verifiers (over the database, and offline over an export).
 * <p>
 * {@code link(n) = SHA-256(link(n-1) || canonical(event n))}, with {@code link(0)} 32 zero bytes. The canonical
 * bytes are a version tag and then every stored field, each length-prefixed (a 4-byte length, -1 for null, then
 * the bytes; numbers as 8 bytes), so that no two different events can produce the same bytes by moving bytes
 * from one field into the next.
 */
public final class LedgerChain {

    /** The link before a partnership's first event. */
    public static final String GENESIS = "0".repeat(64);

    private static final byte[] VERSION = "commitments-ledger-v1".getBytes(StandardCharsets.UTF_8);
    private static final HexFormat HEX = HexFormat.of();

    private LedgerChain() {
    }

    /** The canonical bytes of one stored event. */
    public static byte[] canonical(StoredEvent event) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + length(event.payload()) + length(event.metaData()));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            field(out, VERSION);
            out.writeLong(event.globalIndex());
            field(out, event.eventIdentifier());
            field(out, event.aggregateType());
            field(out, event.aggregateIdentifier());
            out.writeLong(event.sequenceNumber());
            field(out, event.timeStamp());
            field(out, event.payloadType());
            field(out, event.payloadRevision());
            field(out, event.payload());
            field(out, event.metaData());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The link after {@code event}, given the link (hex) after the partnership's previous event. */
    public static String link(String previous, StoredEvent event) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(HEX.parseHex(previous));
            sha256.update(canonical(event));
            return HEX.formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void field(DataOutputStream out, String value) throws IOException {
        field(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void field(DataOutputStream out, byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(value.length);
        out.write(value);
    }

    private static int length(byte[] value) {
        return value == null ? 0 : value.length;
    }
}
