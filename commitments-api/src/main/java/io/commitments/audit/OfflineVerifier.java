package io.commitments.audit;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * Verifies a partnership's NDJSON export against a checkpoint without a database or the application:
 * <pre>java -jar commitments-api/target/commitments-exec.jar verify --export history.ndjson --checkpoint checkpoint.json</pre>
 * Streams the export line by line (constant memory), checks that each line's readable fields are those of its
 * stored bytes, recomputes the chain with the same rules as the server ({@link ChainVerifier}) and compares it
 * with each line's recorded link and with the checkpoint. Exit status: 0 valid, 1 not valid (the first bad
 * position is printed), 2 bad input (missing file, malformed line or checkpoint, wrong arguments).
 */
public final class OfflineVerifier {

    static final int VALID = 0;
    static final int INVALID = 1;
    static final int BAD_INPUT = 2;
    static final String USAGE = "usage: java -jar commitments-exec.jar verify --export <history.ndjson> --checkpoint <checkpoint.json>"
            + " [--progress-every <events>]";

    private final PrintStream out;
    private final PrintStream err;
    private final JsonMapper json = JsonMapper.builder().build();

    OfflineVerifier(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new OfflineVerifier(System.out, System.err).run(args));
    }

    /** Runs a verification; answers the exit status. The first argument may be the word {@code verify}. */
    int run(String... args) {
        Path export = null;
        Path checkpoint = null;
        long progressEvery = 10_000;
        int start = args.length > 0 && args[0].equals("verify") ? 1 : 0;
        try {
            for (int i = start; i < args.length; i++) {
                String option = args[i];
                if (i + 1 >= args.length) {
                    return badInput(option + " needs a value");
                }
                String value = args[++i];
                switch (option) {
                    case "--export" -> export = Path.of(value);
                    case "--checkpoint" -> checkpoint = Path.of(value);
                    case "--progress-every" -> progressEvery = Long.parseLong(value);
                    default -> {
                        return badInput("unknown option " + option);
                    }
                }
            }
        } catch (NumberFormatException e) {
            return badInput("--progress-every needs a whole number of events");
        }
        if (export == null || checkpoint == null) {
            return badInput("both --export and --checkpoint are needed");
        }
        Checkpoint kept;
        try {
            kept = readCheckpoint(checkpoint);
        } catch (BadInput e) {
            return badInput(e.getMessage());
        }
        try {
            Verification result = verify(export, kept, progressEvery);
            if (result.valid()) {
                out.println("VALID: " + result.checkedEvents() + " events, chain matches the checkpoint at position "
                        + kept.position());
                return VALID;
            }
            out.println("INVALID: first bad position " + result.firstBadPosition() + ": " + result.problem()
                    + " (" + result.checkedEvents() + " events checked)");
            return INVALID;
        } catch (BadInput e) {
            return badInput(e.getMessage());
        }
    }

    private Verification verify(Path export, Checkpoint checkpoint, long progressEvery) {
        ChainVerifier verifier = new ChainVerifier(checkpoint);
        long lineNumber = 0;
        try (BufferedReader lines = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    throw new BadInput(export + " line " + lineNumber + ": empty line");
                }
                HistoryEntry entry = entry(line, export, lineNumber);
                String mismatch = readableMismatch(entry);
                if (mismatch != null) {
                    return new Verification(false, verifier.count(), entry.position(),
                            "the readable " + mismatch + " of the event at position " + entry.position()
                                    + " is not what its stored bytes say");
                }
                if (!verifier.accept(entry.storedEvent(), entry.recorded())) {
                    break;
                }
                if (progressEvery > 0 && lineNumber % progressEvery == 0) {
                    err.println("verified " + lineNumber + " events, at position " + entry.position());
                }
            }
        } catch (NoSuchFileException e) {
            throw new BadInput("export file not found: " + export);
        } catch (IOException e) {
            throw new BadInput("cannot read " + export + ": " + e.getMessage());
        }
        return verifier.finish(null);
    }

    private HistoryEntry entry(String line, Path export, long lineNumber) {
        try {
            HistoryEntry entry = json.readValue(line, HistoryEntry.class);
            if (entry.stored() == null || entry.stored().eventIdentifier() == null || entry.stored().payload() == null
                    || entry.stored().payloadType() == null || entry.stored().timeStamp() == null
                    || entry.aggregateId() == null || entry.payload() == null) {
                throw new BadInput(export + " line " + lineNumber
                        + ": not an exported event (stored.eventIdentifier, stored.payload, stored.payloadType,"
                        + " stored.timeStamp, aggregateId and payload are required)");
            }
            entry.storedEvent();
            return entry;
        } catch (JacksonException e) {
            throw new BadInput(export + " line " + lineNumber + ": malformed JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new BadInput(export + " line " + lineNumber + ": stored bytes are not valid base64");
        }
    }

    /** Which readable field disagrees with the stored bytes, or null when all agree. */
    private String readableMismatch(HistoryEntry entry) {
        var stored = entry.storedEvent();
        JsonNode payload = json.readTree(stored.payload());
        if (!payload.equals(entry.payload())) {
            return "payload";
        }
        if (!HistoryEntry.simpleName(stored.payloadType()).equals(entry.type())) {
            return "type";
        }
        if (!Instant.parse(stored.timeStamp()).equals(entry.occurredAt())) {
            return "time";
        }
        if (!Objects.equals(HistoryEntry.actor(stored.metaData(), json), entry.actor())) {
            return "actor";
        }
        return null;
    }

    private Checkpoint readCheckpoint(Path file) {
        try {
            JsonNode node = json.readTree(Files.readString(file, StandardCharsets.UTF_8));
            for (String field : new String[]{"position", "hash", "eventCount"}) {
                if (node == null || !node.hasNonNull(field)) {
                    throw new BadInput("checkpoint " + file + " has no " + field);
                }
            }
            if (!node.get("position").canConvertToLong() || !node.get("eventCount").canConvertToLong()
                    || !node.get("hash").asString().matches("[0-9a-fA-F]{64}")) {
                throw new BadInput("checkpoint " + file + ": position and eventCount must be numbers and hash 64"
                        + " hexadecimal digits");
            }
            return new Checkpoint(node.get("position").asLong(), node.get("hash").asString(),
                    node.get("eventCount").asLong(), node.hasNonNull("at") ? Instant.parse(node.get("at").asString()) : null);
        } catch (NoSuchFileException e) {
            throw new BadInput("checkpoint file not found: " + file);
        } catch (IOException e) {
            throw new BadInput("cannot read checkpoint " + file + ": " + e.getMessage());
        } catch (JacksonException | java.time.format.DateTimeParseException e) {
            throw new BadInput("checkpoint " + file + " is not valid JSON of {position, hash, eventCount, at}");
        }
    }

    private int badInput(String message) {
        err.println("error: " + message);
        err.println(USAGE);
        return BAD_INPUT;
    }

    private static final class BadInput extends RuntimeException {
        BadInput(String message) {
            super(message);
        }
    }
}
