package io.commitments.core.partnership;

import io.commitments.core.api.party.OrganisationId;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The shared purpose of a {@link Partnership}, an entity of it changed only by the partnership's event sourcing
 * handlers: its numbered versions and which current members have endorsed each. A version is PENDING until
 * adopted; adopting a version supersedes every older one. Endorsements belong to a membership: a withdrawing
 * organisation's endorsements no longer count (the events stay in the history), and if it joins again it
 * endorses again.
 */
final class SharedPurpose {

    /** Where a version of the purpose stands. */
    enum Status { PENDING, ADOPTED, SUPERSEDED }

    private final Map<Integer, Set<OrganisationId>> endorsements = new TreeMap<>();
    private int adopted;

    int nextVersion() {
        return endorsements.size() + 1;
    }

    boolean exists(int version) {
        return endorsements.containsKey(version);
    }

    Integer adoptedVersion() {
        return adopted == 0 ? null : adopted;
    }

    Status status(int version) {
        if (version == adopted) {
            return Status.ADOPTED;
        }
        return version < adopted ? Status.SUPERSEDED : Status.PENDING;
    }

    boolean endorsedBy(int version, OrganisationId organisation) {
        return endorsements.get(version).contains(organisation);
    }

    List<OrganisationId> endorsers(int version) {
        return List.copyOf(endorsements.get(version));
    }

    boolean endorsedByAll(int version, Collection<OrganisationId> members) {
        return !members.isEmpty() && endorsements.get(version).containsAll(members);
    }

    /** The newest pending version that every one of these members has endorsed, if any. */
    Optional<Integer> newestPendingEndorsedByAll(Collection<OrganisationId> members) {
        return endorsements.keySet().stream()
                .filter(version -> status(version) == Status.PENDING && endorsedByAll(version, members))
                .reduce((older, newer) -> newer);
    }

    void proposed(int version) {
        endorsements.put(version, new LinkedHashSet<>());
    }

    void endorsed(int version, OrganisationId organisation) {
        endorsements.get(version).add(organisation);
    }

    void adopted(int version) {
        this.adopted = version;
    }

    void withdrawn(OrganisationId organisation) {
        endorsements.values().forEach(endorsers -> endorsers.remove(organisation));
    }

    /** By value, so that Axon's fixture can check that replaying the events rebuilds the same partnership. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SharedPurpose that && adopted == that.adopted
                && endorsements.equals(that.endorsements);
    }

    @Override
    public int hashCode() {
        return endorsements.hashCode();
    }
}
