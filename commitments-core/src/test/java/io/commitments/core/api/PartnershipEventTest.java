package io.commitments.core.api;

import io.commitments.core.api.organisation.OrganisationRegisteredEvent;
import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.partnership.PartnershipRegisteredEvent;
import io.commitments.core.api.person.PersonRegisteredEvent;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partnership's history (its audit export and its hash chain) is every event that implements
 * {@link PartnershipEvent}: an event that names a partnership but forgets the interface would silently drop out
 * of both, so this test reads every event of the api packages.
 */
class PartnershipEventTest {

    @Test
    void everyEventThatNamesAPartnershipBelongsToItsHistory() throws Exception {
        List<Class<?>> events = apiEvents();
        List<Class<?>> naming = events.stream()
                .filter(event -> Arrays.stream(event.getRecordComponents())
                        .anyMatch(component -> component.getName().equals("partnershipId")
                                && component.getType() == PartnershipId.class))
                .toList();

        assertThat(naming).as("events naming a partnership").hasSizeGreaterThan(30)
                .contains(PartnershipRegisteredEvent.class);
        assertThat(naming).allSatisfy(event -> assertThat(PartnershipEvent.class.isAssignableFrom(event))
                .as(event.getName() + " has a partnershipId but does not implement PartnershipEvent").isTrue());
    }

    @Test
    void registrationsOfOrganisationsAndPeopleBelongToNoPartnership() throws Exception {
        List<Class<?>> outside = apiEvents().stream()
                .filter(event -> !PartnershipEvent.class.isAssignableFrom(event))
                .toList();

        assertThat(outside).containsExactlyInAnyOrder(OrganisationRegisteredEvent.class, PersonRegisteredEvent.class);
    }

    /** Every event (a record carrying {@code @Revision}) compiled into io.commitments.core.api and below. */
    private static List<Class<?>> apiEvents() throws IOException, URISyntaxException {
        Path root = Path.of(PartnershipEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path api = root.resolve("io/commitments/core/api");
        try (Stream<Path> files = Files.walk(api)) {
            return files.filter(file -> file.toString().endsWith(".class") && !file.toString().contains("$"))
                    .map(file -> root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                            .replaceAll("\\.class$", ""))
                    .<Class<?>>map(PartnershipEventTest::load)
                    .filter(type -> type.isRecord() && type.isAnnotationPresent(Revision.class))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
