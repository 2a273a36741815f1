package io.commitments.core.api.meeting;

/**
 * A meeting's quorum: the organisations that must be present, and, once it has opened, how many were and whether
 * that was enough ({@code present} and {@code met} are null while the meeting is only scheduled).
 */
public record MeetingQuorum(int required, Integer present, Boolean met) {
}
