package io.commitments;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The arrows point one way: core depends on nothing of ours, projections on core, the application on both. */
@AnalyzeClasses(packages = "io.commitments", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("io.commitments.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.commitments.projections..", "io.commitments.web..", "io.commitments.config..",
                    "io.commitments.security..");

    @ArchTest
    static final ArchRule coreHasNoWebJdbcOrJpa = noClasses()
            .that().resideInAPackage("io.commitments.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.jdbc..", "java.sql..", "jakarta.persistence..");

    @ArchTest
    static final ArchRule projectionsDoNotKnowTheApplication = noClasses()
            .that().resideInAPackage("io.commitments.projections..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.commitments.web..", "io.commitments.config..", "io.commitments.security..");

    @ArchTest
    static final ArchRule projectionsNeverChangeTheWriteSide = noClasses()
            .that().resideInAPackage("io.commitments.projections..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.commitments.core.partnership..", "io.commitments.core.commitment..",
                    "io.commitments.core.meeting..", "io.commitments.core.decision..");
}
