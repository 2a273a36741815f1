package io.commitments.core.api.person;

/** What a person may do. */
public enum Role {
    /** Manages organisations, people and partnerships. */
    ADMIN,
    /** Runs meetings and proposals on behalf of a partnership. */
    COORDINATOR,
    /** Acts for their own organisation. */
    MEMBER,
    /** Reads everything, changes nothing. */
    AUDITOR
}
