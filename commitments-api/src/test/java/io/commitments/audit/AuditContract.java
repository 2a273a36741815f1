package io.commitments.audit;

import com.jayway.jsonpath.JsonPath;
import io.commitments.core.api.meeting.MeetingId;
import io.commitments.core.api.meeting.ScheduleMeetingCommand;
import io.commitments.core.api.partnership.DecisionRule;
import io.commitments.core.api.party.Actor;
import io.commitments.history.GeneratedPartnership;
import io.commitments.history.HistoryGenerator;
import io.commitments.history.HistorySpec;
import io.commitments.history.StoreReadersPause;
import io.commitments.projections.audit.LedgerLinkProjection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import io.commitments.support.IntegrationTestAccess;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What auditors get: a partnership's history in order (pages, NDJSON, CSV), checkpoints, and verification that
 * finds tampering done directly in the database, online and offline from an export.
 */
interface AuditContract extends IntegrationTestAccess {

    String PASSWORD = "a-long-enough-password";
    String NDJSON = "application/x-ndjson";

    /** The history to audit: two partnerships whose events interleave. */
    HistorySpec auditedHistory();

    /** The least number of events the audited partnership has in {@link #auditedHistory()}. */
    int auditedEvents();

    private AuditFixture fixture() {
        return AuditFixture.of(context(), jdbc(), auditedHistory());
    }

    private String pid() {
        return fixture().partnership().id().toString();
    }

    @Test
    default void historyIsPagedInOrderAndExportedWholeAsNdjsonAndCsv() throws Exception {
        AuditFixture fixture = fixture();
        assertThat(fixture.events()).as("events of one partnership").isGreaterThan(auditedEvents());
        RequestPostProcessor auditor = person("AUDITOR", null);

        List<Long> positions = new ArrayList<>();
        Long from = 0L;
        int pages = 0;
        while (from != null) {
            String page = mvc().perform(get("/api/partnerships/{pid}/history", pid())
                            .param("fromPosition", from.toString()).param("limit", "1000").with(auditor))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            List<Number> found = JsonPath.read(page, "$.events[*].position");
            found.forEach(position -> positions.add(position.longValue()));
            Number next = JsonPath.read(page, "$.nextPosition");
            from = next == null ? null : next.longValue();
            pages++;
        }
        assertThat(pages).isEqualTo((int) Math.ceil(fixture.events() / 1000.0));
        assertThat(positions).hasSize((int) fixture.events()).isSorted().doesNotHaveDuplicates();
        mvc().perform(get("/api/partnerships/{pid}/history", pid()).with(auditor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events.length()").value(100))
                .andExpect(jsonPath("$.events[0].position").value(positions.get(0)))
                .andExpect(jsonPath("$.events[0].type").value("PartnershipRegisteredEvent"))
                .andExpect(jsonPath("$.events[0].payload.partnershipId").value(pid()))
                .andExpect(jsonPath("$.events[0].sequenceNumber").value(0))
                .andExpect(jsonPath("$.events[0].aggregateId").value(pid()))
                .andExpect(jsonPath("$.events[0].occurredAt").value("2025-01-01T09:00:00Z"))
                .andExpect(jsonPath("$.events[0].recorded.eventCount").value(1))
                .andExpect(jsonPath("$.nextPosition").value(positions.get(100)));

        String ndjson = mvc().perform(get("/api/partnerships/{pid}/history", pid()).accept(NDJSON).with(auditor))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(NDJSON))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = ndjson.lines().toList();
        assertThat(lines).hasSize((int) fixture.events());
        assertThat(lines.stream().map(line -> ((Number) JsonPath.read(line, "$.position")).longValue()).toList())
                .isEqualTo(positions);

        String csv = mvc().perform(get("/api/partnerships/{pid}/history", pid()).accept("text/csv").with(auditor))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> rows = csv.lines().toList();
        assertThat(rows).hasSize((int) fixture.events() + 1);
        assertThat(rows.get(0)).startsWith("position,type,aggregateId,sequenceNumber,occurredAt,actorPersonId");
        assertThat(rows.get(1)).startsWith(positions.get(0) + ",PartnershipRegisteredEvent," + pid() + ",0,");
    }

    @Test
    default void historyNamesWhoDidItAndRejectsBadPaging() throws Exception {
        String body = mvc().perform(post("/api/partnerships").with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Audit Trail Partnership\", \"decisionRule\": \"CONSENT\", \"quorum\": 2}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");

        mvc().perform(get("/api/partnerships/{pid}/history", id).with(asAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events.length()").value(1))
                .andExpect(jsonPath("$.events[0].actor.username").value("admin"))
                .andExpect(jsonPath("$.events[0].actor.personId").isNotEmpty())
                .andExpect(jsonPath("$.events[0].payload.name").value("Audit Trail Partnership"))
                .andExpect(jsonPath("$.nextPosition").doesNotExist());
        mvc().perform(get("/api/partnerships/{pid}/history", id).param("limit", "1001").with(asAdmin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
        mvc().perform(get("/api/partnerships/{pid}/history", id).param("fromPosition", "-1").with(asAdmin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fromPosition"));
        mvc().perform(get("/api/partnerships/{pid}/ledger/checkpoint", UUID.randomUUID()).with(asAdmin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("partnership.not-found"));
    }

    @Test
    default void onlyParticipantsAuditorsAndAdministratorsReadTheHistoryOrVerifyIt() throws Exception {
        AuditFixture fixture = fixture();
        String memberOrganisation = fixture.partnership().organisations().keySet().iterator().next().toString();
        String outsiderOrganisation = fixture.other().organisations().keySet().iterator().next().toString();
        RequestPostProcessor member = person("MEMBER", memberOrganisation);
        RequestPostProcessor outsider = person("MEMBER", outsiderOrganisation);
        RequestPostProcessor auditor = person("AUDITOR", null);

        for (RequestPostProcessor allowed : List.of(member, auditor, asAdmin())) {
            mvc().perform(get("/api/partnerships/{pid}/history", pid()).param("limit", "1").with(allowed))
                    .andExpect(status().isOk());
            mvc().perform(post("/api/partnerships/{pid}/ledger/verify", pid()).with(allowed))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.valid").value(true));
        }
        mvc().perform(get("/api/partnerships/{pid}/history", pid()).with(outsider))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("partnership.not-participant"));
        mvc().perform(get("/api/partnerships/{pid}/history", pid()).accept(NDJSON).with(outsider))
                .andExpect(status().isForbidden());
        mvc().perform(get("/api/partnerships/{pid}/ledger/checkpoint", pid()).with(outsider))
                .andExpect(status().isForbidden());
        mvc().perform(post("/api/partnerships/{pid}/ledger/verify", pid()).with(outsider))
                .andExpect(status().isForbidden());
        mvc().perform(post("/api/ledger/verify").with(auditor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.partnerships").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)))
                .andExpect(jsonPath("$.checkedEvents").value(org.hamcrest.Matchers.greaterThanOrEqualTo((int) fixture.events())));
        mvc().perform(post("/api/ledger/verify").with(member))
                .andExpect(status().isForbidden());
        mvc().perform(get("/api/partnerships/{pid}/history", pid())).andExpect(status().isUnauthorized());
        // an auditor still changes nothing
        mvc().perform(post("/api/partnerships/{pid}/members", pid()).with(auditor)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"organisationId\": \"" + outsiderOrganisation + "\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    default void theApiHasNoWayToChangeOrDeleteEvents() {
        RequestMappingHandlerMapping mappings = context().getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        Map<String, Set<?>> api = new LinkedHashMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            mapping.getKey().getPatternValues().stream().filter(pattern -> pattern.startsWith("/api"))
                    .forEach(pattern -> api.put(mapping.getKey().getMethodsCondition().getMethods() + " " + pattern,
                            mapping.getKey().getMethodsCondition().getMethods()));
        }
        assertThat(api).as("API mappings").containsKey("[POST] /api/partnerships/{partnershipId}/ledger/verify");
        assertThat(api.keySet()).allSatisfy(mapping -> assertThat(mapping)
                .as("every API mapping names its verbs, and they are only GET or POST")
                .matches("\\[(GET|POST)] /api/.*"));
        assertThat(Arrays.stream(HttpMethod.values()).map(HttpMethod::name))
                .contains("PUT", "PATCH", "DELETE");
    }

    @Test
    default void anUntouchedHistoryVerifiesOnlineAndOfflineAgainstItsCheckpoint() throws Exception {
        String checkpoint = checkpoint();
        assertThat(((Number) JsonPath.read(checkpoint, "$.eventCount")).longValue()).isEqualTo(fixture().events());
        assertThat(jdbc().sql("SELECT COUNT(*) FROM token_entry WHERE processor_name = 'ledger'").query(Long.class).single())
                .as("the ledger's processor keeps one segment, so each chain is in order").isEqualTo(1);

        mvc().perform(post("/api/partnerships/{pid}/ledger/verify", pid()).with(asAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"checkpoint\": " + checkpoint + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.checkedEvents").value(fixture().events()))
                .andExpect(jsonPath("$.firstBadPosition").doesNotExist());
        Offline offline = offline(export(), checkpoint);
        assertThat(offline.status()).as(offline.toString()).isZero();
        assertThat(offline.out()).contains("VALID: " + fixture().events() + " events");
        assertThat(offline.err()).as("progress on stderr").contains("verified 100 events, at position");
    }

    @Test
    default void aChangedPayloadByteIsFoundAtItsPosition() throws Exception {
        String checkpoint = checkpoint();
        long changed = middle(pEventsOfType("CommitmentPromisedEvent"));
        byte[] original = jdbc().sql("SELECT payload FROM domain_event_entry WHERE global_index = :g")
                .param("g", changed).query(byte[].class).single();
        byte[] altered = original.clone();
        int at = new String(original, StandardCharsets.ISO_8859_1).indexOf("\"dueDate\":\"") + 14;
        altered[at] = (byte) (altered[at] == '9' ? '8' : altered[at] + 1);
        tampered(() -> update("UPDATE domain_event_entry SET payload = :bytes WHERE global_index = :g",
                        Map.of("bytes", altered, "g", changed)),
                () -> update("UPDATE domain_event_entry SET payload = :bytes WHERE global_index = :g",
                        Map.of("bytes", original, "g", changed)),
                checkpoint, changed);
    }

    @Test
    default void aDeletedEventIsFoundAtItsPosition() throws Exception {
        String checkpoint = checkpoint();
        long deleted = middle(pEvents());
        Map<String, Object> row = row(deleted);
        tampered(() -> update("DELETE FROM domain_event_entry WHERE global_index = :g", Map.of("g", deleted)),
                () -> insert(row), checkpoint, deleted);
    }

    @Test
    default void anInsertedEventIsFoundAtItsPosition() throws Exception {
        String checkpoint = checkpoint();
        List<Long> mine = pEvents();
        long before = middle(mine);
        long slot = jdbc().sql("""
                        SELECT MIN(global_index) FROM partnership_event
                        WHERE global_index > :g AND partnership_id = :other""")
                .param("g", before).param("other", fixture().other().id().value()).query(Long.class).single();
        assertThat(mine).as("the forged event lands between two of the partnership's events")
                .anyMatch(position -> position > slot);
        Map<String, Object> replaced = row(slot);
        Map<String, Object> forged = new LinkedHashMap<>(row(before));
        forged.put("global_index", slot);
        forged.put("event_identifier", UUID.randomUUID().toString());
        forged.put("sequence_number", 1_000_000L);
        tampered(() -> {
                    update("DELETE FROM domain_event_entry WHERE global_index = :g", Map.of("g", slot));
                    insert(forged);
                },
                () -> {
                    update("DELETE FROM domain_event_entry WHERE global_index = :g", Map.of("g", slot));
                    insert(replaced);
                },
                checkpoint, slot);
    }

    @Test
    default void twoSwappedEventsAreFoundAtTheFirst() throws Exception {
        String checkpoint = checkpoint();
        List<Long> mine = pEvents();
        long first = mine.get(mine.size() / 3);
        long second = mine.get(mine.size() / 3 + 5);
        Runnable swap = () -> {
            update("UPDATE domain_event_entry SET global_index = -1 WHERE global_index = :g", Map.of("g", first));
            update("UPDATE domain_event_entry SET global_index = :a WHERE global_index = :b", Map.of("a", first, "b", second));
            update("UPDATE domain_event_entry SET global_index = :b WHERE global_index = -1", Map.of("b", second));
        };
        tampered(swap, swap, checkpoint, first);
    }

    @Test
    default void aForgedCheckpointIsNeverValid() throws Exception {
        String checkpoint = checkpoint();
        long position = ((Number) JsonPath.read(checkpoint, "$.position")).longValue();
        String hash = JsonPath.read(checkpoint, "$.hash");
        long count = ((Number) JsonPath.read(checkpoint, "$.eventCount")).longValue();
        String forgedHash = (hash.charAt(0) == 'a' ? "b" : "a") + hash.substring(1);
        long otherPosition = jdbc().sql("SELECT MAX(global_index) FROM partnership_event WHERE partnership_id = :p")
                .param("p", fixture().other().id().value()).query(Long.class).single();
        String export = export();
        for (String forged : List.of(
                checkpointJson(position, forgedHash, count),
                checkpointJson(position, hash, count - 1),
                checkpointJson(otherPosition, hash, count))) {
            mvc().perform(post("/api/partnerships/{pid}/ledger/verify", pid()).with(asAdmin())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"checkpoint\": " + forged + "}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.valid").value(false))
                    .andExpect(jsonPath("$.firstBadPosition").isNumber());
            assertThat(offline(export, forged).status()).as(forged).isEqualTo(OfflineVerifier.INVALID);
            mvc().perform(post("/api/ledger/verify").with(asAdmin())
                            .contentType(MediaType.APPLICATION_JSON).content(storeCheckpoints(forged)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.valid").value(false))
                    .andExpect(jsonPath("$.invalid[*].partnershipId").value(org.hamcrest.Matchers.contains(pid())));
        }
        mvc().perform(post("/api/ledger/verify").with(asAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content(storeCheckpoints(checkpoint)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true));
        mvc().perform(post("/api/ledger/verify").with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"checkpoints\": [%s, %s]}".formatted(withPartnership(checkpoint), withPartnership(checkpoint))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.invalid"));
        mvc().perform(post("/api/ledger/verify").with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"checkpoint\": " + withPartnership(checkpoint) + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.invalid"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"checkpoint\"")));
        mvc().perform(post("/api/partnerships/{pid}/ledger/verify", pid()).with(asAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"checkpoint\": {\"position\": 1, \"hash\": \"xyz\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.invalid"));
    }

    @Test
    default void anExportCutShortOrEditedIsInvalidOfflineAndBadInputIsNamed() throws Exception {
        String checkpoint = checkpoint();
        List<String> lines = export().lines().toList();

        Offline cut = offline(String.join("\n", lines.subList(0, lines.size() - 10)) + "\n", checkpoint);
        assertThat(cut.status()).as(cut.toString()).isEqualTo(OfflineVerifier.INVALID);
        assertThat(cut.out()).contains("cut short");

        List<String> edited = new ArrayList<>(lines);
        int victim = lines.size() / 2;
        edited.set(victim, lines.get(victim).replaceFirst("\"payload\":\\{\"", "\"payload\":{\"forged\":1,\""));
        Offline readable = offline(String.join("\n", edited) + "\n", checkpoint);
        assertThat(readable.status()).isEqualTo(OfflineVerifier.INVALID);
        assertThat(readable.out()).contains("first bad position " + JsonPath.read(lines.get(victim), "$.position"))
                .contains("readable payload");

        List<String> malformed = new ArrayList<>(lines);
        malformed.set(3, "{\"position\": 12,");
        Offline broken = offline(String.join("\n", malformed) + "\n", checkpoint);
        assertThat(broken.status()).isEqualTo(OfflineVerifier.BAD_INPUT);
        assertThat(broken.err()).contains("line 4: malformed JSON");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int missing = new OfflineVerifier(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true))
                .run("verify", "--export", "/no/such/history.ndjson", "--checkpoint", "/no/such/checkpoint.json");
        assertThat(missing).isEqualTo(OfflineVerifier.BAD_INPUT);
        assertThat(err.toString()).contains("checkpoint file not found: /no/such/checkpoint.json");
    }

    /**
     * Two commands of one partnership whose transactions commit in the opposite order of their positions: the
     * ledger chains the later event first and the earlier one only when it sees it. Until then the earlier
     * event looks inserted, so verification must wait for the ledger rather than cry tampering.
     */
    @Test
    default void anEventCommittedAfterALaterOneIsNotTakenForAnInsertion() throws Exception {
        GeneratedPartnership board = context().getBean(HistoryGenerator.class)
                .generate(new HistorySpec(4711, 1, 3, 1, 0, LocalDate.of(2025, 3, 1))).partnerships().get(0);
        AuditFixture.awaitProcessors(context());
        CommandGateway commands = context().getBean(CommandGateway.class);
        TransactionTemplate transaction = new TransactionTemplate(context().getBean(PlatformTransactionManager.class));
        StreamingEventProcessor ledger = context().getBean(EventProcessingConfiguration.class)
                .eventProcessor(LedgerLinkProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        Actor chair = new Actor(board.coordinator(), null);
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            MeetingId slowMeeting = MeetingId.random();
            MeetingId quickMeeting = MeetingId.random();
            Future<?> slow = threads.submit(() -> transaction.executeWithoutResult(status -> {
                commands.sendAndWait(meeting(slowMeeting, board, chair));
                appended.countDown();
                awaitRelease(commit);
            }));
            assertThat(appended.await(30, TimeUnit.SECONDS)).isTrue();
            commands.sendAndWait(meeting(quickMeeting, board, chair));
            long first = positionOf(quickMeeting);
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc()
                    .sql("SELECT COUNT(*) FROM ledger_link WHERE global_index = :g").param("g", first)
                    .query(Long.class).single() == 1);
            ledger.shutDown();
            commit.countDown();
            slow.get(30, TimeUnit.SECONDS);
            long late = positionOf(slowMeeting);
            assertThat(late).as("the slow transaction's event has the earlier position").isLessThan(first);

            Future<String> verification = threads.submit(() -> mvc()
                    .perform(post("/api/partnerships/{pid}/ledger/verify", board.id().toString()).with(asAdmin()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            Thread.sleep(1_000);
            assertThat(verification.isDone()).as("verification waits for the ledger to see position " + late).isFalse();
            ledger.start();
            String result = verification.get(30, TimeUnit.SECONDS);
            assertThat(JsonPath.<Boolean>read(result, "$.valid")).as(result).isTrue();
        } finally {
            commit.countDown();
            if (!ledger.isRunning()) {
                ledger.start();
            }
            threads.shutdownNow();
        }
    }

    /**
     * A generated history is stored months in the past, and Axon gives up on a gap at once when the event after it
     * is older than its gap timeout. An event whose transaction was open meanwhile (here a meeting scheduled
     * while a back-dated event commits after it) must still reach the views and the ledger: the processors wait
     * out the storing ({@link StoreReadersPause}).
     */
    @Test
    default void anEventCommittedAfterABackDatedOneStillReachesTheViewsAndTheLedger() throws Exception {
        GeneratedPartnership board = context().getBean(HistoryGenerator.class)
                .generate(new HistorySpec(4712, 1, 3, 1, 0, LocalDate.of(2025, 4, 1))).partnerships().get(0);
        AuditFixture.awaitProcessors(context());
        CommandGateway commands = context().getBean(CommandGateway.class);
        TransactionTemplate transaction = new TransactionTemplate(context().getBean(PlatformTransactionManager.class));
        Actor chair = new Actor(board.coordinator(), null);
        MeetingId open = MeetingId.random();
        MeetingId backDated = MeetingId.random();
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try {
            Future<?> slow = threads.submit(() -> transaction.executeWithoutResult(status -> {
                commands.sendAndWait(meeting(open, board, chair));
                appended.countDown();
                awaitRelease(commit);
            }));
            context().getBean(StoreReadersPause.class).during(() -> {
                try {
                    assertThat(appended.await(30, TimeUnit.SECONDS)).isTrue();
                    Clock real = GenericEventMessage.clock;
                    GenericEventMessage.clock = Clock.fixed(Instant.parse("2025-04-02T09:00:00Z"), ZoneOffset.UTC);
                    try {
                        commands.sendAndWait(meeting(backDated, board, chair));
                    } finally {
                        GenericEventMessage.clock = real;
                    }
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                commit.countDown();
                return null;
            });
            slow.get(30, TimeUnit.SECONDS);
        } finally {
            commit.countDown();
            threads.shutdownNow();
        }
        long late = positionOf(open);
        assertThat(late).as("the open transaction's event has the earlier position").isLessThan(positionOf(backDated));
        AuditFixture.awaitProcessors(context());
        assertThat(jdbc().sql("SELECT COUNT(*) FROM partnership_event WHERE global_index = :g").param("g", late)
                .query(Long.class).single()).as("indexed").isEqualTo(1);
        assertThat(jdbc().sql("SELECT COUNT(*) FROM ledger_link WHERE global_index = :g").param("g", late)
                .query(Long.class).single()).as("chained in the ledger").isEqualTo(1);
        mvc().perform(post("/api/partnerships/{pid}/ledger/verify", board.id().toString()).with(asAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true));
    }

    private static ScheduleMeetingCommand meeting(MeetingId meeting, GeneratedPartnership board, Actor chair) {
        return new ScheduleMeetingCommand(meeting, board.id(), "Board meeting", Instant.parse("2025-06-02T10:00:00Z"),
                List.of("Agenda"), DecisionRule.CONSENT, 1, chair);
    }

    private long positionOf(MeetingId meeting) {
        return jdbc().sql("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = :a")
                .param("a", meeting.toString()).query(Long.class).single();
    }

    private static void awaitRelease(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void tampered(Runnable tamper, Runnable restore, String checkpoint, long expectedBad) throws Exception {
        try {
            tamper.run();
            mvc().perform(post("/api/partnerships/{pid}/ledger/verify", pid()).with(asAdmin()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.valid").value(false))
                    .andExpect(jsonPath("$.firstBadPosition").value(expectedBad));
            mvc().perform(post("/api/ledger/verify").with(asAdmin()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.valid").value(false))
                    .andExpect(jsonPath("$.invalid[?(@.partnershipId == '%s')].verification.firstBadPosition"
                            .formatted(pid())).value(org.hamcrest.Matchers.contains((int) expectedBad)));
            mvc().perform(post("/api/partnerships/{pid}/ledger/verify", pid()).with(asAdmin())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"checkpoint\": " + checkpoint + "}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.valid").value(false))
                    .andExpect(jsonPath("$.firstBadPosition").value(expectedBad));
            Offline offline = offline(export(), checkpoint);
            assertThat(offline.status()).as(offline.toString()).isEqualTo(OfflineVerifier.INVALID);
            assertThat(offline.out()).contains("first bad position " + expectedBad + ":");
        } finally {
            restore.run();
        }
        mvc().perform(post("/api/partnerships/{pid}/ledger/verify", pid()).with(asAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"checkpoint\": " + checkpoint + "}"))
                .andExpect(jsonPath("$.valid").value(true));
        mvc().perform(post("/api/ledger/verify").with(asAdmin()))
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.invalid").isEmpty());
    }

    private String checkpoint() throws Exception {
        return mvc().perform(get("/api/partnerships/{pid}/ledger/checkpoint", pid()).with(asAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hash").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")))
                .andReturn().getResponse().getContentAsString();
    }

    /** A partnership's checkpoint as one of the whole store's verification. */
    private String withPartnership(String checkpoint) {
        return checkpoint.replaceFirst("\\{", "{\"partnershipId\": \"" + pid() + "\", ");
    }

    private String storeCheckpoints(String checkpoint) {
        return "{\"checkpoints\": [" + withPartnership(checkpoint) + "]}";
    }

    private static String checkpointJson(long position, String hash, long count) {
        return "{\"position\": %d, \"hash\": \"%s\", \"eventCount\": %d}".formatted(position, hash, count);
    }

    private String export() throws Exception {
        return mvc().perform(get("/api/partnerships/{pid}/history", pid()).accept(NDJSON).with(asAdmin()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    record Offline(int status, String out, String err) {
    }

    private static Offline offline(String export, String checkpoint) throws Exception {
        Path directory = Files.createTempDirectory("audit");
        Path exportFile = Files.writeString(directory.resolve("history.ndjson"), export);
        Path checkpointFile = Files.writeString(directory.resolve("checkpoint.json"), checkpoint);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new OfflineVerifier(new PrintStream(out, true), new PrintStream(err, true))
                .run("verify", "--export", exportFile.toString(), "--checkpoint", checkpointFile.toString(),
                        "--progress-every", "100");
        return new Offline(status, out.toString(), err.toString());
    }

    private List<Long> pEvents() {
        return jdbc().sql("SELECT global_index FROM partnership_event WHERE partnership_id = :p ORDER BY global_index")
                .param("p", fixture().partnership().id().value()).query(Long.class).list();
    }

    private List<Long> pEventsOfType(String type) {
        return jdbc().sql("""
                        SELECT e.global_index FROM partnership_event e JOIN domain_event_entry d ON d.global_index = e.global_index
                        WHERE e.partnership_id = :p AND d.payload_type LIKE :type ORDER BY e.global_index""")
                .param("p", fixture().partnership().id().value()).param("type", "%." + type)
                .query(Long.class).list();
    }

    private static long middle(List<Long> positions) {
        return positions.get(positions.size() / 2);
    }

    private Map<String, Object> row(long position) {
        return jdbc().sql("SELECT * FROM domain_event_entry WHERE global_index = :g").param("g", position)
                .query().singleRow();
    }

    private void insert(Map<String, Object> row) {
        update("""
                INSERT INTO domain_event_entry (global_index, event_identifier, meta_data, payload, payload_revision,
                    payload_type, time_stamp, aggregate_identifier, sequence_number, type)
                VALUES (:global_index, :event_identifier, :meta_data, :payload, :payload_revision, :payload_type,
                    :time_stamp, :aggregate_identifier, :sequence_number, :type)""", row);
    }

    private void update(String sql, Map<String, ?> params) {
        jdbc().sql(sql).params(params).update();
    }

    private RequestPostProcessor person(String role, String organisationId) throws Exception {
        String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        String organisation = organisationId == null ? "null" : "\"" + organisationId + "\"";
        mvc().perform(post("/api/people").with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username": "%s", "displayName": "Audit Test", "password": "%s",
                                 "organisationId": %s, "roles": ["%s"]}""".formatted(username, PASSWORD, organisation, role)))
                .andExpect(status().isCreated());
        return httpBasic(username, PASSWORD);
    }
}
