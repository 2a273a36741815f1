package io.commitments.web;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Members and coordinators of a partnership, and who may see it. */
interface MembershipContract extends GovernanceSupport {

    @Test
    default void participantsSeeTheOverviewAndOthersAreRefused() throws Exception {
        Board board = sharedBoard();

        read("/api/partnerships/{pid}", as(board.riverside()), board.partnershipId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(board.partnershipId()))
                .andExpect(jsonPath("$.name").isString())
                .andExpect(jsonPath("$.decisionRule").value("CONSENT"))
                .andExpect(jsonPath("$.quorum").value(2))
                .andExpect(jsonPath("$.registeredAt").isString())
                .andExpect(jsonPath("$.members[*].organisationId").value(hasItem(board.council().organisationId())))
                .andExpect(jsonPath("$.members[?(@.organisationId == '%s')].current"
                        .formatted(board.hillside().organisationId())).value(true))
                .andExpect(jsonPath("$.coordinators[*].personId").value(hasItem(board.coordinator().id())))
                .andExpect(jsonPath("$.counts.members", greaterThanOrEqualTo(3)))
                .andExpect(jsonPath("$.counts.coordinators").value(1));
        read("/api/partnerships/{pid}", as(board.coordinator()), board.partnershipId()).andExpect(status().isOk());
        read("/api/partnerships/{pid}", as(board.auditor()), board.partnershipId()).andExpect(status().isOk());
        read("/api/partnerships/{pid}", as(board.outsider()), board.partnershipId())
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("partnership.not-participant"));

        read("/api/partnerships", as(board.riverside()))
                .andExpect(jsonPath("$[*].id").value(hasItem(board.partnershipId())));
        read("/api/partnerships", as(board.coordinator()))
                .andExpect(jsonPath("$[*].id").value(hasItem(board.partnershipId())));
        read("/api/partnerships", as(board.auditor()))
                .andExpect(jsonPath("$[*].id").value(hasItem(board.partnershipId())));
        read("/api/partnerships", as(board.outsider()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(not(hasItem(board.partnershipId()))));
        mvc().perform(get("/api/partnerships/{pid}", board.partnershipId())).andExpect(status().isUnauthorized());
        read("/api/partnerships/{pid}", asAdmin(), "not-a-uuid")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.invalid"));
    }

    @Test
    default void admittingRefusesUnknownIdsBadInputAndOtherRolesAndStoresNothing() throws Exception {
        Board board = sharedBoard();
        String pid = board.partnershipId();
        long before = storedEventCount();

        send("/api/partnerships/{pid}/members", asAdmin(), "{\"organisationId\": \"%s\"}".formatted(UUID.randomUUID()), pid)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("organisation.not-found"));
        send("/api/partnerships/{pid}/members", asAdmin(),
                "{\"organisationId\": \"%s\"}".formatted(board.outsider().organisationId()), UUID.randomUUID())
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("partnership.not-found"));
        send("/api/partnerships/{pid}/members", asAdmin(), "{}", pid)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.invalid"))
                .andExpect(jsonPath("$.errors[0].field").value("organisationId"));
        send("/api/partnerships/{pid}/members", asAdmin(), "{\"organisationId\": \"nope\"}", pid)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.malformed"));
        send("/api/partnerships/{pid}/members", asAdmin(), "{\"organisationId\": \"%s\"}".formatted(UUID.randomUUID()),
                "not-a-uuid")
                .andExpect(status().isBadRequest());
        send("/api/partnerships/{pid}/members", as(board.riverside()),
                "{\"organisationId\": \"%s\"}".formatted(board.outsider().organisationId()), pid)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("auth.forbidden"));
        send("/api/partnerships/{pid}/coordinators", asAdmin(), "{\"personId\": \"%s\"}".formatted(UUID.randomUUID()), pid)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("person.not-found"));
        send("/api/partnerships/{pid}/coordinators", as(board.coordinator()),
                "{\"personId\": \"%s\"}".formatted(board.riverside().id()), pid)
                .andExpect(status().isForbidden());
        mvc().perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/partnerships/{pid}/members", pid).contentType("application/json")
                        .content("{\"organisationId\": \"%s\"}".formatted(board.outsider().organisationId())))
                .andExpect(status().isUnauthorized());

        assertThat(storedEventCount()).isEqualTo(before);
    }

    @Test
    default void anOrganisationWithdrawsByItsOwnMemberOrAnAdministratorOnly() throws Exception {
        Board board = sharedBoard();
        String pid = board.partnershipId();
        Person leaver = person(organisation("Leaving Practice"), "MEMBER");
        join(pid, leaver.organisationId());
        long before = storedEventCount();

        send("/api/partnerships/{pid}/members/{oid}/withdraw", as(board.hillside()),
                "{\"reason\": \"they should go\"}", pid, leaver.organisationId())
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("partnership.withdraw-not-permitted"));
        send("/api/partnerships/{pid}/members/{oid}/withdraw", as(board.coordinator()),
                "{\"reason\": \"they should go\"}", pid, leaver.organisationId())
                .andExpect(status().isForbidden());
        send("/api/partnerships/{pid}/members/{oid}/withdraw", as(leaver), "{\"reason\": \" \"}", pid,
                leaver.organisationId())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        send("/api/partnerships/{pid}/members/{oid}/withdraw", asAdmin(), "{\"reason\": \"never joined\"}", pid,
                board.outsider().organisationId())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("partnership.not-a-member"));
        assertThat(storedEventCount()).isEqualTo(before);

        send("/api/partnerships/{pid}/members/{oid}/withdraw", as(leaver), "{\"reason\": \"merging with Riverside\"}",
                pid, leaver.organisationId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisationId").value(leaver.organisationId()))
                .andExpect(jsonPath("$.member").value(false));
        read("/api/partnerships/{pid}", asAdmin(), pid)
                .andExpect(jsonPath("$.members[?(@.organisationId == '%s')].current"
                        .formatted(leaver.organisationId())).value(false))
                .andExpect(jsonPath("$.members[?(@.organisationId == '%s')].withdrawalReason"
                        .formatted(leaver.organisationId())).value("merging with Riverside"));
    }
}
