package io.commitments.web;

import com.jayway.jsonpath.JsonPath;
import io.commitments.core.api.partnership.AppointCoordinatorCommand;
import io.commitments.core.api.partnership.JoinPartnershipCommand;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import io.commitments.security.AuthenticatedPerson;
import io.commitments.security.PersonAccounts;
import io.commitments.support.IntegrationTestAccess;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A fresh partnership of three member organisations A, B and C, each with one MEMBER, plus a coordinator of
 * the partnership, an organisation that is no member (with its MEMBER) and an AUDITOR. Organisations and
 * people are registered over HTTP once per application context; each world gets its own partnership.
 * Requests are signed in with the stored accounts (as HTTP Basic would), without paying for a password hash
 * on every call.
 */
record CommitmentWorld(String partnershipId, People people) {

    static final String PASSWORD = "a-long-enough-password";

    record People(AuthenticatedPerson admin, String orgA, String orgB, String orgC, String outsiderOrg,
                  AuthenticatedPerson memberA, AuthenticatedPerson memberB, AuthenticatedPerson memberC,
                  AuthenticatedPerson outsider, AuthenticatedPerson coordinator, AuthenticatedPerson auditor) {
    }

    private static final Map<ApplicationContext, People> PEOPLE = new ConcurrentHashMap<>();

    static CommitmentWorld create(IntegrationTestAccess test) throws Exception {
        People people = PEOPLE.get(test.context());
        if (people == null) {
            people = register(test);
            PEOPLE.put(test.context(), people);
        }
        String body = test.mvc().perform(post("/api/partnerships").with(user(people.admin()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Partnership %s\", \"decisionRule\": \"CONSENT\", \"quorum\": 2}"
                                .formatted(UUID.randomUUID())))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String partnershipId = JsonPath.read(body, "$.id");
        PartnershipId partnership = PartnershipId.of(partnershipId);
        CommandGateway commands = test.context().getBean(CommandGateway.class);
        for (String organisation : new String[]{people.orgA(), people.orgB(), people.orgC()}) {
            commands.sendAndWait(new JoinPartnershipCommand(partnership, OrganisationId.of(organisation),
                    people.admin().actor()));
        }
        commands.sendAndWait(new AppointCoordinatorCommand(partnership, people.coordinator().personId(),
                people.admin().actor()));
        return new CommitmentWorld(partnershipId, people);
    }

    private static People register(IntegrationTestAccess test) throws Exception {
        PersonAccounts accounts = test.context().getBean(PersonAccounts.class);
        AuthenticatedPerson admin = accounts.find("admin").orElseThrow();
        String orgA = organisation(test, admin, "Riverside Surgery");
        String orgB = organisation(test, admin, "Hillside Practice");
        String orgC = organisation(test, admin, "Valley Pharmacy");
        String outsiderOrg = organisation(test, admin, "Elsewhere Trust");
        return new People(admin, orgA, orgB, orgC, outsiderOrg,
                person(test, accounts, admin, orgA, "MEMBER"), person(test, accounts, admin, orgB, "MEMBER"),
                person(test, accounts, admin, orgC, "MEMBER"), person(test, accounts, admin, outsiderOrg, "MEMBER"),
                person(test, accounts, admin, null, "COORDINATOR"), person(test, accounts, admin, null, "AUDITOR"));
    }

    private static String organisation(IntegrationTestAccess test, AuthenticatedPerson admin, String name)
            throws Exception {
        String body = test.mvc().perform(post("/api/organisations").with(user(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"%s %s\"}".formatted(name, UUID.randomUUID())))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private static AuthenticatedPerson person(IntegrationTestAccess test, PersonAccounts accounts,
                                              AuthenticatedPerson admin, String organisationId, String role)
            throws Exception {
        String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        String organisation = organisationId == null ? "null" : "\"" + organisationId + "\"";
        test.mvc().perform(post("/api/people").with(user(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username": "%s", "displayName": "%s", "password": "%s",
                                 "organisationId": %s, "roles": ["%s"]}"""
                                .formatted(username, username, PASSWORD, organisation, role)))
                .andExpect(status().isCreated());
        return accounts.find(username).orElseThrow();
    }

    RequestPostProcessor admin() {
        return user(people.admin());
    }

    RequestPostProcessor memberA() {
        return user(people.memberA());
    }

    RequestPostProcessor memberB() {
        return user(people.memberB());
    }

    RequestPostProcessor memberC() {
        return user(people.memberC());
    }

    RequestPostProcessor outsider() {
        return user(people.outsider());
    }

    RequestPostProcessor coordinator() {
        return user(people.coordinator());
    }

    RequestPostProcessor auditor() {
        return user(people.auditor());
    }

    String orgA() {
        return people.orgA();
    }

    String orgB() {
        return people.orgB();
    }

    String orgC() {
        return people.orgC();
    }

    PersonId memberBId() {
        return people.memberB().personId();
    }
}
