package io.commitments.reliability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run found. Reliable means: nothing acknowledged is missing, nothing is stored twice, nothing refused
 * was stored, and the views equal a rebuild from the events.
 *
 * @param acknowledged    commands answered 2xx
 * @param rejected        commands answered with a problem (409 concurrent change after the server's own retries, ...)
 * @param inDoubt         commands never answered although resent until the client gave up
 * @param eventsStored    progress events stored for the load's commitments
 * @param duplicates      (aggregate, sequence) pairs stored twice plus commands whose event is stored twice
 * @param lost            acknowledged commands without their event
 * @param rejectedStored  commands answered with a problem whose event is stored nevertheless
 * @param viewMismatches  rows that differ between the views as the nodes left them and a rebuild of them
 * @param observations    timings and counts measured along the way, in the order they were made
 */
record Report(long acknowledged, long rejected, long inDoubt, long eventsStored, long duplicates, long lost,
              long rejectedStored, long viewMismatches, Map<String, Integer> rejections,
              Map<String, Integer> mismatchedTables, LinkedHashMap<String, String> observations) {

    boolean reliable() {
        return duplicates == 0 && lost == 0 && rejectedStored == 0 && viewMismatches == 0 && acknowledged > 0;
    }

    List<String> lines() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("commands acknowledged: " + acknowledged);
        lines.add("commands rejected:     " + rejected + " " + rejections);
        lines.add("commands in doubt:     " + inDoubt);
        lines.add("events stored:         " + eventsStored);
        lines.add("duplicates:            " + duplicates);
        lines.add("lost:                  " + lost);
        lines.add("rejected but stored:   " + rejectedStored);
        lines.add("view mismatches:       " + viewMismatches + (mismatchedTables.isEmpty() ? "" : " " + mismatchedTables));
        observations.forEach((what, value) -> lines.add(what + ": " + value));
        lines.add(reliable() ? "RESULT: reliable" : "RESULT: NOT reliable");
        return lines;
    }
}
