package org.thinkfamily.hub.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMembers;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The module directions and the feature-package conventions of docs/architecture.md, held by rule. */
@AnalyzeClasses(packages = "org.thinkfamily", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule contracts_depend_on_no_framework = noClasses()
            .that()
            .resideInAPackage("org.thinkfamily.contracts..")
            .should()
            .dependOnClassesThat(describe(
                    "Spring, Axon beyond its two message annotations, or the hub",
                    (JavaClass c) -> c.getPackageName().startsWith("org.springframework")
                            || c.getPackageName().startsWith("org.thinkfamily.hub")
                            || c.getPackageName().startsWith("org.thinkfamily.connectors")
                            || (c.getPackageName().startsWith("org.axonframework")
                                    && !c.getName()
                                            .equals("org.axonframework.modelling.command.TargetAggregateIdentifier")
                                    && !c.getName().equals("org.axonframework.serialization.Revision"))));

    /** What agencies speak is published on its own: it may change only with the agencies, never with the hub's messages. */
    @ArchTest
    static final ArchRule the_published_language_stands_alone = noClasses()
            .that()
            .resideInAPackage("org.thinkfamily.contracts.published..")
            .should()
            .dependOnClassesThat(describe(
                    "the hub's own commands, events and queries",
                    (JavaClass c) -> c.getPackageName().startsWith("org.thinkfamily.contracts")
                            && !c.getPackageName().startsWith("org.thinkfamily.contracts.published")));

    /** A command waits a short while for an aggregate, not Axon's minute (messaging.AggregateLocking). */
    @ArchTest
    static final ArchRule every_aggregate_waits_for_its_lock_as_the_hub_says = classes()
            .that()
            .areAnnotatedWith(Aggregate.class)
            .should()
            .beAnnotatedWith(describe(
                    "@Aggregate(lockFactory = \"aggregateLocks\")",
                    annotation -> annotation.getRawType().isEquivalentTo(Aggregate.class)
                            && "aggregateLocks"
                                    .equals(annotation.get("lockFactory").orElse(null))));

    /** Aggregates are made by their own constructor (messaging.PlainAggregateFactories): nothing can be injected. */
    @ArchTest
    static final ArchRule nothing_is_injected_into_an_aggregate = noMembers()
            .that()
            .areDeclaredInClassesThat()
            .areAnnotatedWith(Aggregate.class)
            .should()
            .beAnnotatedWith(Autowired.class)
            .orShould()
            .beAnnotatedWith(Value.class);

    @ArchTest
    static final ArchRule connectors_never_reach_into_the_hub = noClasses()
            .that()
            .resideInAPackage("org.thinkfamily.connectors..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.thinkfamily.hub..")
            .allowEmptyShould(true); // holds from the first connector on

    @ArchTest
    static final ArchRule messages_are_records = classes()
            .that()
            .resideInAnyPackage(
                    "org.thinkfamily.contracts.person",
                    "org.thinkfamily.contracts.family",
                    "org.thinkfamily.contracts.agencyevent",
                    "org.thinkfamily.contracts.audit",
                    "org.thinkfamily.contracts.frontdoor",
                    "org.thinkfamily.contracts.assessment")
            .and()
            .areNotInterfaces()
            .and()
            .areNotEnums()
            .and()
            .doNotHaveSimpleName("AgencyEventIds")
            .and()
            .doNotHaveSimpleName("ContactIds")
            .should()
            .beRecords();

    @ArchTest
    static final ArchRule aggregates_are_package_private =
            classes().that().areAnnotatedWith(Aggregate.class).should().notBePublic();

    @ArchTest
    static final ArchRule projections_are_package_private =
            classes().that().areAnnotatedWith(ProcessingGroup.class).should().notBePublic();

    @ArchTest
    static final ArchRule controllers_are_package_private =
            classes().that().areAnnotatedWith(RestController.class).should().notBePublic();

    @ArchTest
    static final ArchRule web_pages_are_package_private =
            classes().that().areAnnotatedWith(Controller.class).should().notBePublic();

    /** Services and aggregates say NotFound or Refused (hub.problem); only the web edge turns that into a status. */
    @ArchTest
    static final ArchRule http_statuses_are_thrown_by_controllers_only = noClasses()
            .that()
            .areNotMetaAnnotatedWith(Controller.class)
            .and()
            .areNotMetaAnnotatedWith(ControllerAdvice.class)
            .should()
            .dependOnClassesThat()
            .areAssignableTo(ResponseStatusException.class);

    /** Every package its own slice, so that a feature and its subpackages (identity.matching) are held too. */
    @ArchTest
    static final ArchRule features_do_not_depend_on_each_other_in_cycles =
            slices().matching("org.thinkfamily.hub.(**)").should().beFreeOfCycles();

    /** The matcher is the hub's and the benchmark's alike: it reaches nothing else of the hub (people are asked of CurrentPeople). */
    @ArchTest
    static final ArchRule matching_is_a_seam_of_its_own = noClasses()
            .that()
            .resideInAPackage("org.thinkfamily.hub.identity.matching..")
            .should()
            .dependOnClassesThat(resideInAPackage("org.thinkfamily.hub..")
                    .and(not(resideInAPackage("org.thinkfamily.hub.identity.matching.."))));

    @ArchTest
    static final ArchRule only_the_eventstore_configures_axon_storage = ArchRuleDefinition.noClasses()
            .that()
            .resideOutsideOfPackage("org.thinkfamily.hub.eventstore..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.axonframework.eventsourcing.eventstore.jpa..");
}
