package io.commitments.web;

import com.jayway.jsonpath.JsonPath;
import io.commitments.support.IntegrationTestAccess;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Builds governance histories over HTTP, as clients would: organisations, people, a partnership with three
 * members and a coordinator, meetings, proposals and decisions.
 */
interface GovernanceSupport extends IntegrationTestAccess {

    String PASSWORD = "a-long-enough-password";

    /** Boards that tests only read from or add meetings to, one per application context. */
    Map<ApplicationContext, Board> SHARED_BOARDS = new ConcurrentHashMap<>();

    /** A person who signs in; {@code organisationId} is null for people acting for no organisation. */
    record Person(String id, String username, String organisationId) {
    }

    /**
     * A partnership of three member organisations (each with a MEMBER person), a coordinator, a MEMBER of
     * an organisation outside the partnership, and an auditor.
     */
    record Board(String partnershipId, Person coordinator, Person riverside, Person hillside, Person council,
                 Person outsider, Person auditor) {
    }

    default RequestPostProcessor as(Person person) {
        return httpBasic(person.username(), PASSWORD);
    }

    default ResultActions send(String path, RequestPostProcessor who, String json, Object... uriVariables)
            throws Exception {
        return mvc().perform(post(path, uriVariables).with(who).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    default ResultActions read(String path, RequestPostProcessor who, Object... uriVariables) throws Exception {
        return mvc().perform(get(path, uriVariables).with(who));
    }

    default String idOf(ResultActions created) throws Exception {
        return JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.id");
    }

    default String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    default String organisation(String name) throws Exception {
        return idOf(send("/api/organisations", asAdmin(), "{\"name\": \"%s\"}".formatted(unique(name)))
                .andExpect(status().isCreated()));
    }

    default Person person(String organisationId, String role) throws Exception {
        String username = unique(role.toLowerCase()).replace(' ', '-');
        String organisation = organisationId == null ? "null" : "\"" + organisationId + "\"";
        String id = idOf(send("/api/people", asAdmin(), """
                {"username": "%s", "displayName": "Test Person", "password": "%s",
                 "organisationId": %s, "roles": ["%s"]}""".formatted(username, PASSWORD, organisation, role))
                .andExpect(status().isCreated()));
        return new Person(id, username, organisationId);
    }

    default String partnership(String rule, int quorum) throws Exception {
        return idOf(send("/api/partnerships", asAdmin(), """
                {"name": "%s", "decisionRule": "%s", "quorum": %d}""".formatted(unique("Valley PCN"), rule, quorum))
                .andExpect(status().isCreated()));
    }

    default void join(String partnershipId, String organisationId) throws Exception {
        send("/api/partnerships/{pid}/members", asAdmin(), "{\"organisationId\": \"%s\"}".formatted(organisationId),
                partnershipId).andExpect(status().isOk());
    }

    default void appoint(String partnershipId, Person person) throws Exception {
        send("/api/partnerships/{pid}/coordinators", asAdmin(), "{\"personId\": \"%s\"}".formatted(person.id()),
                partnershipId).andExpect(status().isOk());
    }

    /** A fresh board deciding by consent with a quorum of two: for tests that change its membership. */
    default Board board() throws Exception {
        String partnership = partnership("CONSENT", 2);
        Person riverside = person(organisation("Riverside Surgery"), "MEMBER");
        Person hillside = person(organisation("Hillside Practice"), "MEMBER");
        Person council = person(organisation("County Council"), "MEMBER");
        for (Person member : new Person[]{riverside, hillside, council}) {
            join(partnership, member.organisationId());
        }
        Person coordinator = person(null, "COORDINATOR");
        appoint(partnership, coordinator);
        return new Board(partnership, coordinator, riverside, hillside, council,
                person(organisation("Elsewhere Trust"), "MEMBER"), person(null, "AUDITOR"));
    }

    /** The board of this application context that tests share, made on first use. */
    default Board sharedBoard() throws Exception {
        Board board = SHARED_BOARDS.get(context());
        if (board == null) {
            board = board();
            SHARED_BOARDS.put(context(), board);
        }
        return board;
    }

    default String scheduledMeeting(Board board) throws Exception {
        return idOf(send("/api/partnerships/{pid}/meetings", as(board.coordinator()), """
                {"title": "Winter pressures board", "scheduledFor": "2026-12-03T14:00:00Z",
                 "agenda": ["Apologies", "Discharge to assess"]}""", board.partnershipId())
                .andExpect(status().isCreated()));
    }

    /** A meeting opened with the three members present. */
    default String openMeeting(Board board) throws Exception {
        String meeting = scheduledMeeting(board);
        send("/api/meetings/{mid}/open", as(board.coordinator()), """
                {"attendance": [{"organisationId": "%s", "status": "PRESENT"},
                                {"organisationId": "%s", "status": "PRESENT"},
                                {"organisationId": "%s", "status": "PRESENT"}]}""".formatted(
                board.riverside().organisationId(), board.hillside().organisationId(),
                board.council().organisationId()), meeting)
                .andExpect(status().isOk());
        return meeting;
    }

    default String tabled(Board board, String meeting) throws Exception {
        return idOf(send("/api/meetings/{mid}/proposals", as(board.coordinator()), """
                {"title": "Pool discharge staff", "text": "One discharge team across the three organisations"}""",
                meeting).andExpect(status().isCreated()));
    }

    default ResultActions position(Person member, String proposal, String position, String reason) throws Exception {
        String because = reason == null ? "" : ", \"reason\": \"%s\"".formatted(reason);
        return send("/api/proposals/{id}/positions", as(member),
                "{\"position\": \"%s\"%s}".formatted(position, because), proposal);
    }

    default ResultActions closeProposal(Board board, String proposal) throws Exception {
        return mvc().perform(post("/api/proposals/{id}/close", proposal).with(as(board.coordinator())));
    }

    /** A decision adopted by consent (silence consents) in a meeting still open; its id. */
    default String adoptedDecision(Board board) throws Exception {
        String proposal = tabled(board, openMeeting(board));
        String body = closeProposal(board, proposal).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.decisionId");
    }

    /** Requests a commitment of the performer as an action of the decision; the commitment's id. */
    default String action(Board board, String decision, Person performer) throws Exception {
        return idOf(send("/api/decisions/{did}/actions", as(board.coordinator()), """
                {"performerOrganisationId": "%s", "description": "Second two nurses to the discharge team",
                 "dueDate": "%s"}""".formatted(performer.organisationId(), LocalDate.now().plusDays(30)), decision)
                .andExpect(status().isCreated()));
    }
}
