package io.commitments.projections.audit;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain's definition is part of every ledger already recorded and every export already handed to an auditor:
 * a change to how it is computed must give the same links, byte for byte.
 */
class LedgerChainTest {

    private static final StoredEvent EVENT = new StoredEvent(42, "7f1c2a9e-0b1d-4c55-9a8e-2d4f6b8c0e11",
            "Partnership", "3b2f7d1a-5c4e-4f6a-8b9c-0d1e2f3a4b5c", 7, "2026-05-01T09:30:00.000Z",
            "io.commitments.core.api.commitment.CommitmentMade", null,
            "{\"text\":\"Publish the winter plan – £2k\"}".getBytes(StandardCharsets.UTF_8),
            "{\"actor\":\"ada\"}".getBytes(StandardCharsets.UTF_8));

    @Test
    void aLinkIsTheDigestOfThePreviousLinkAndTheEventsLengthPrefixedFields() throws Exception {
        String expected = sha256Hex(HexFormat.of().parseHex(LedgerChain.GENESIS), canonicalByHand(EVENT));

        assertThat(LedgerChain.link(LedgerChain.GENESIS, EVENT)).isEqualTo(expected);
    }

    @Test
    void theFirstLinkOfAKnownEventIsTheOneLedgersAlreadyHold() {
        assertThat(LedgerChain.link(LedgerChain.GENESIS, EVENT))
                .isEqualTo("74132ed04abec3dc6e14ee4cecc4a34b4f496e60279c950873391c2c41b29d0b");
    }

    @Test
    void eachLinkDependsOnThePreviousOne() {
        String first = LedgerChain.link(LedgerChain.GENESIS, EVENT);

        assertThat(LedgerChain.link(first, EVENT)).isNotEqualTo(first).hasSize(64);
    }

    @Test
    void aChainFollowedEventByEventGivesTheSameLinksAsOneEventAtATime() {
        StoredEvent next = new StoredEvent(43, "9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d", "Commitment",
                "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f", 0, "2026-05-01T09:31:00.000Z",
                "io.commitments.core.api.commitment.CommitmentKept", "2", new byte[0], null);
        LedgerChain chain = new LedgerChain();

        String first = chain.append(EVENT).link();
        String second = chain.append(next).link();

        assertThat(first).isEqualTo(LedgerChain.link(LedgerChain.GENESIS, EVENT));
        assertThat(second).isEqualTo(LedgerChain.link(first, next));
        assertThat(chain.link()).isEqualTo(second);
        assertThat(new LedgerChain(first).append(next).link()).isEqualTo(second);
    }

    @Test
    void movingBytesFromOneFieldIntoTheNextChangesTheLink() {
        StoredEvent moved = new StoredEvent(EVENT.globalIndex(), EVENT.eventIdentifier(), EVENT.aggregateType() + "3",
                EVENT.aggregateIdentifier().substring(1), EVENT.sequenceNumber(), EVENT.timeStamp(),
                EVENT.payloadType(), EVENT.payloadRevision(), EVENT.payload(), EVENT.metaData());

        assertThat(LedgerChain.link(LedgerChain.GENESIS, moved))
                .isNotEqualTo(LedgerChain.link(LedgerChain.GENESIS, EVENT));
    }

    @Test
    void aMissingFieldIsNotTheSameAsAnEmptyOne() {
        StoredEvent empty = new StoredEvent(EVENT.globalIndex(), EVENT.eventIdentifier(), EVENT.aggregateType(),
                EVENT.aggregateIdentifier(), EVENT.sequenceNumber(), EVENT.timeStamp(), EVENT.payloadType(), "",
                EVENT.payload(), EVENT.metaData());

        assertThat(LedgerChain.link(LedgerChain.GENESIS, empty))
                .isNotEqualTo(LedgerChain.link(LedgerChain.GENESIS, EVENT));
    }

    private static byte[] canonicalByHand(StoredEvent event) {
        ByteBuffer bytes = ByteBuffer.allocate(4096);
        field(bytes, "commitments-ledger-v1".getBytes(StandardCharsets.UTF_8));
        bytes.putLong(event.globalIndex());
        field(bytes, utf8(event.eventIdentifier()));
        field(bytes, utf8(event.aggregateType()));
        field(bytes, utf8(event.aggregateIdentifier()));
        bytes.putLong(event.sequenceNumber());
        field(bytes, utf8(event.timeStamp()));
        field(bytes, utf8(event.payloadType()));
        field(bytes, utf8(event.payloadRevision()));
        field(bytes, event.payload());
        field(bytes, event.metaData());
        byte[] canonical = new byte[bytes.position()];
        bytes.flip().get(canonical);
        return canonical;
    }

    private static void field(ByteBuffer bytes, byte[] value) {
        if (value == null) {
            bytes.putInt(-1);
        } else {
            bytes.putInt(value.length).put(value);
        }
    }

    private static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256Hex(byte[] previous, byte[] canonical) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(previous);
        sha256.update(canonical);
        return HexFormat.of().formatHex(sha256.digest());
    }
}
