package io.commitments.web;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Meetings and proposals: attendance and quorum, who may take a position, and what each state forbids. */
interface MeetingContract extends GovernanceSupport {

    @Test
    default void aMeetingWithoutQuorumRecordsPositionsOfThosePresentOnlyAndAdoptsNothing() throws Exception {
        Board board = sharedBoard();
        String meeting = scheduledMeeting(board);
        read("/api/meetings/{mid}", as(board.council()), meeting)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.id").value(meeting))
                .andExpect(jsonPath("$.state").value("SCHEDULED"))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.agenda[1]").value("Discharge to assess"));

        send("/api/meetings/{mid}/open", as(board.coordinator()), """
                {"attendance": [{"organisationId": "%s", "status": "PRESENT"},
                                {"organisationId": "%s", "status": "APOLOGIES"}]}""".formatted(
                board.riverside().organisationId(), board.hillside().organisationId()), meeting)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("OPEN"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.attendance[2].organisationId").value(board.council().organisationId()))
                .andExpect(jsonPath("$.attendance[2].status").value("ABSENT"));
        read("/api/meetings/{mid}", as(board.council()), meeting)
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.attendance[?(@.organisationId == '%s')].status"
                        .formatted(board.council().organisationId())).value("ABSENT"))
                .andExpect(jsonPath("$.quorum.required").value(2))
                .andExpect(jsonPath("$.quorum.present").value(1))
                .andExpect(jsonPath("$.quorum.met").value(false));

        String proposal = idOf(send("/api/meetings/{mid}/proposals", as(board.coordinator()),
                "{\"title\": \"Pool discharge staff\", \"text\": \"One team\"}", meeting)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("http://localhost/api/proposals/"))));
        read("/api/proposals/{id}", as(board.riverside()), proposal)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.meetingId").value(meeting))
                .andExpect(jsonPath("$.state").value("OPEN"));

        long before = storedEventCount();
        position(board.council(), proposal, "AGREE", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("proposal.organisation-not-present"));
        position(board.hillside(), proposal, "AGREE", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("proposal.organisation-not-present"));
        position(board.outsider(), proposal, "AGREE", null)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("proposal.not-an-attendee"));
        position(board.riverside(), proposal, "DISAGREE", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        position(board.riverside(), proposal, "MAYBE", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.malformed"));
        position(board.riverside(), UUID.randomUUID().toString(), "AGREE", null)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("proposal.not-found"));
        position(board.riverside(), "not-a-uuid", "AGREE", null)
                .andExpect(status().isBadRequest());
        mvc().perform(post("/api/proposals/{id}/close", proposal).with(as(board.riverside())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("meeting.coordinator-only"));
        send("/api/meetings/{mid}/close", as(board.coordinator()), "{\"minutes\": \"Done.\"}", meeting)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("meeting.proposals-still-open"));
        assertThat(storedEventCount()).isEqualTo(before);

        position(board.riverside(), proposal, "AGREE", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(3));
        closeProposal(board, proposal)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("REJECTED"))
                .andExpect(jsonPath("$.decisionId").doesNotExist());
        before = storedEventCount();
        closeProposal(board, proposal)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("proposal.not-open"));
        send("/api/meetings/{mid}/close", as(board.coordinator()), "{\"minutes\": \"\"}", meeting)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("minutes"));
        assertThat(storedEventCount()).isEqualTo(before);

        send("/api/meetings/{mid}/close", as(board.coordinator()), "{\"minutes\": \"No quorum; nothing adopted.\"}", meeting)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CLOSED"))
                .andExpect(jsonPath("$.version").value(5));
        before = storedEventCount();
        send("/api/meetings/{mid}/proposals", as(board.coordinator()), "{\"title\": \"Late\", \"text\": \"Too late\"}",
                meeting)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("meeting.not-open"));
        assertThat(storedEventCount()).isEqualTo(before);
        read("/api/proposals/{id}", as(board.riverside()), proposal)
                .andExpect(jsonPath("$.state").value("CLOSED"))
                .andExpect(jsonPath("$.outcome").value("REJECTED"))
                .andExpect(jsonPath("$.positions[0].organisationId").value(board.riverside().organisationId()));
    }

    @Test
    default void aPartnershipsMeetingsAreListedLatestFirstToThoseWhoMayReadIt() throws Exception {
        Board board = board();
        String pid = board.partnershipId();
        String winter = idOf(send("/api/partnerships/{pid}/meetings", as(board.coordinator()),
                "{\"title\": \"Winter board\", \"scheduledFor\": \"2026-12-03T14:00:00Z\"}", pid)
                .andExpect(status().isCreated()));
        String spring = idOf(send("/api/partnerships/{pid}/meetings", as(board.coordinator()),
                "{\"title\": \"Spring board\", \"scheduledFor\": \"2027-03-04T14:00:00Z\"}", pid)
                .andExpect(status().isCreated()));
        send("/api/meetings/{mid}/open", as(board.coordinator()), """
                {"attendance": [{"organisationId": "%s", "status": "PRESENT"}]}""".formatted(
                board.riverside().organisationId()), winter)
                .andExpect(status().isOk());

        read("/api/partnerships/{pid}/meetings", as(board.hillside()), pid)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].meetingId").value(spring))
                .andExpect(jsonPath("$[0].title").value("Spring board"))
                .andExpect(jsonPath("$[0].state").value("SCHEDULED"))
                .andExpect(jsonPath("$[1].meetingId").value(winter))
                .andExpect(jsonPath("$[1].state").value("OPEN"))
                .andExpect(jsonPath("$[1].quorum.present").value(1))
                .andExpect(jsonPath("$[1].quorum.met").value(false));
        read("/api/partnerships/{pid}/meetings", as(board.auditor()), pid)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        read("/api/partnerships/{pid}/meetings", as(board.outsider()), pid)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("partnership.not-participant"));
        read("/api/partnerships/{pid}/meetings", as(board.outsider()), UUID.randomUUID())
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("partnership.not-found"));
    }

    @Test
    default void meetingRefusalsStoreNothing() throws Exception {
        Board board = sharedBoard();
        String pid = board.partnershipId();
        String meeting = scheduledMeeting(board);
        long before = storedEventCount();

        send("/api/partnerships/{pid}/meetings", as(board.riverside()),
                "{\"title\": \"Our own\", \"scheduledFor\": \"2026-12-03T14:00:00Z\"}", pid)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("meeting.coordinator-only"));
        send("/api/partnerships/{pid}/meetings", as(board.coordinator()), "{\"scheduledFor\": \"2026-12-03T14:00:00Z\"}", pid)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        send("/api/partnerships/{pid}/meetings", as(board.coordinator()),
                "{\"title\": \"Board\", \"scheduledFor\": \"next Tuesday\"}", pid)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.malformed"));
        send("/api/partnerships/{pid}/meetings", as(board.coordinator()),
                "{\"title\": \"Board\", \"scheduledFor\": \"2026-12-03T14:00:00Z\"}", UUID.randomUUID())
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("partnership.not-found"));
        send("/api/partnerships/{pid}/meetings", as(board.auditor()),
                "{\"title\": \"Board\", \"scheduledFor\": \"2026-12-03T14:00:00Z\"}", pid)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("auth.forbidden"));
        mvc().perform(post("/api/partnerships/{pid}/meetings", pid).contentType("application/json")
                        .content("{\"title\": \"Board\", \"scheduledFor\": \"2026-12-03T14:00:00Z\"}"))
                .andExpect(status().isUnauthorized());

        String attendance = "{\"attendance\": [{\"organisationId\": \"%s\", \"status\": \"%s\"}]}";
        send("/api/meetings/{mid}/open", as(board.coordinator()),
                attendance.formatted(board.riverside().organisationId(), "LATE"), meeting)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.malformed"));
        send("/api/meetings/{mid}/open", as(board.coordinator()), "{}", meeting)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("attendance"));
        send("/api/meetings/{mid}/open", as(board.coordinator()),
                attendance.formatted(board.outsider().organisationId(), "PRESENT"), meeting)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("meeting.attendee-not-a-member"));
        send("/api/meetings/{mid}/open", as(board.riverside()),
                attendance.formatted(board.riverside().organisationId(), "PRESENT"), meeting)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("meeting.coordinator-only"));
        mvc().perform(post("/api/meetings/{mid}/open", meeting).with(as(board.coordinator()))
                        .header("If-Match", "\"7\"").contentType("application/json")
                        .content(attendance.formatted(board.riverside().organisationId(), "PRESENT")))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.code").value("request.version-mismatch"));
        send("/api/meetings/{mid}/open", as(board.coordinator()),
                attendance.formatted(board.riverside().organisationId(), "PRESENT"), UUID.randomUUID())
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("meeting.not-found"));
        send("/api/meetings/{mid}/proposals", as(board.riverside()), "{\"title\": \"Mine\", \"text\": \"Mine\"}", meeting)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("meeting.coordinator-only"));
        send("/api/meetings/{mid}/proposals", as(board.coordinator()), "{\"title\": \"Early\", \"text\": \"Early\"}", meeting)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("meeting.not-open"));
        send("/api/meetings/{mid}/proposals", as(board.coordinator()), "{\"title\": \"No text\"}", meeting)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        send("/api/meetings/{mid}/close", as(board.coordinator()), "{\"minutes\": \"Never met.\"}", meeting)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("meeting.not-open"));
        assertThat(storedEventCount()).isEqualTo(before);

        read("/api/meetings/{mid}", as(board.outsider()), meeting)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("partnership.not-participant"));
        read("/api/meetings/{mid}", as(board.auditor()), meeting).andExpect(status().isOk());
        read("/api/meetings/{mid}", as(board.coordinator()), UUID.randomUUID())
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("meeting.not-found"));
        read("/api/meetings/{mid}", as(board.coordinator()), "42")
                .andExpect(status().isBadRequest());
    }
}
