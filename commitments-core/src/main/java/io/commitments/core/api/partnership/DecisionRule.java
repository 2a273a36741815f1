package io.commitments.core.api.partnership;

/** How a partnership's meetings turn positions into a decision. */
public enum DecisionRule {
    /** Adopted with quorum and no block. */
    CONSENT,
    /** Adopted with quorum when more present organisations agree than disagree or block. */
    MAJORITY,
    /** Adopted with quorum when every present organisation agrees. */
    UNANIMITY
}
