package org.pathwork.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of design.md: the domain knows nothing of the web, Vaadin or the process engine. */
@AnalyzeClasses(packages = "org.pathwork.workflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheProcessBridgeTalksToCamunda = noClasses()
            .that().resideOutsideOfPackage("..process..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..")
            .because("the bridge (placement.process) is where Camunda meets Axon");

    @ArchTest
    static final ArchRule theDomainKnowsNoWebLayer = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "com.vaadin..",
                    "jakarta.servlet..")
            .because("the HTTP API and the UI sit on top of the application services, not inside them");

    @ArchTest
    static final ArchRule messagesDependOnNothingButEachOther = noClasses()
            .that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.pathwork..command..", "org.pathwork..query..",
                    "org.pathwork..process..")
            .because("commands, events and queries are plain records");

}
