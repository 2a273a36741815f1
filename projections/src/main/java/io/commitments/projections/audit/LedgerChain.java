package io.commitments.projections.audit;

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
 * the bytes; numbers as 8 bytes, all big-endian), so that no two different events can produce the same bytes by
 * moving bytes from one field into the next.
 * <p>
 * An instance follows one chain event by event with one digest, feeding it each field as it is (no copy of the
 * payload; hex only when a link is asked for): verifying a store hashes every payload in it.
 */
public final class LedgerChain {

    /** The link before a partnership's first event. */
    public static final String GENESIS = "0".repeat(64);

    private static final byte[] VERSION = "commitments-ledger-v1".getBytes(StandardCharsets.UTF_8);
    private static final HexFormat HEX = HexFormat.of();

    private final MessageDigest sha256;
    private final byte[] number = new byte[Long.BYTES];
    private byte[] link;

    /** A chain from its start. */
    public LedgerChain() {
        this(GENESIS);
    }

    /** A chain that goes on after {@code previous}, the link (hex) after the partnership's previous event. */
    public LedgerChain(String previous) {
        this.link = HEX.parseHex(previous);
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The link after {@code event}, given the link (hex) after the partnership's previous event. */
    public static String link(String previous, StoredEvent event) {
        return new LedgerChain(previous).append(event).link();
    }

    /** Extends the chain by the partnership's next event. */
    public LedgerChain append(StoredEvent event) {
        sha256.update(link);
        field(VERSION);
        number(event.globalIndex());
        field(event.eventIdentifier());
        field(event.aggregateType());
        field(event.aggregateIdentifier());
        number(event.sequenceNumber());
        field(event.timeStamp());
        field(event.payloadType());
        field(event.payloadRevision());
        field(event.payload());
        field(event.metaData());
        link = sha256.digest();
        return this;
    }

    /** The link (hex) after the events appended so far. */
    public String link() {
        return HEX.formatHex(link);
    }

    private void field(String value) {
        field(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private void field(byte[] value) {
        if (value == null) {
            length(-1);
            return;
        }
        length(value.length);
        sha256.update(value);
    }

    private void length(int value) {
        for (int i = 0; i < Integer.BYTES; i++) {
            number[i] = (byte) (value >>> (24 - 8 * i));
        }
        sha256.update(number, 0, Integer.BYTES);
    }

    private void number(long value) {
        for (int i = 0; i < Long.BYTES; i++) {
            number[i] = (byte) (value >>> (56 - 8 * i));
        }
        sha256.update(number, 0, Long.BYTES);
    }
}
