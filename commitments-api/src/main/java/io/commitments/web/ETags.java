package io.commitments.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Versions of resources as HTTP entity tags: {@code "7"} for version 7. */
final class ETags {

    private ETags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    static long version(String ifMatch) {
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidIfMatchException(ifMatch);
        }
    }

    /** An If-Match header that names no version of ours. */
    static final class InvalidIfMatchException extends RuntimeException {
        InvalidIfMatchException(String ifMatch) {
            super("If-Match must be an entity tag from this API, like \"7\"; got " + ifMatch);
        }
    }
}
