package io.commitments.core.api.person;

import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import org.axonframework.serialization.Revision;

import java.util.Set;

/** A person who can act in the system, for an organisation (absent for administrators and auditors). */
@Revision("1")
public record PersonRegisteredEvent(PersonId personId,
                                    String username,
                                    String displayName,
                                    OrganisationId organisationId,
                                    Set<Role> roles) {
}
