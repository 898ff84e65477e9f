package org.thinkfamily.hub.thinkfamily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thinkfamily.hub.thinkfamily.QuestionStatus.CONCERN;
import static org.thinkfamily.hub.thinkfamily.QuestionStatus.NOT_KNOWN;
import static org.thinkfamily.hub.thinkfamily.QuestionStatus.NO_CONCERN_KNOWN;
import static org.thinkfamily.hub.web.UkTime.UK;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import org.thinkfamily.contracts.family.FamilyRecord;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.canonical.Sensitivity;
import org.thinkfamily.contracts.published.canonical.SubjectRole;

/** The edges of the five questions and the needs, on records made by hand, with the needs mapping the hub ships. */
class FamilyEvaluationTest {

    static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    static final String MOTHER = "person-mother";
    static final String CHILD = "person-child";
    static final String BROTHER = "person-brother";
    static final String NEIGHBOUR = "person-not-a-member";
    static final List<MemberRole> MEMBERS = List.of(
            new MemberRole(MOTHER, SubjectRole.PARENT_CARER),
            new MemberRole(CHILD, SubjectRole.CHILD),
            new MemberRole(BROTHER, SubjectRole.CHILD));
    static final NeedsProperties SHIPPED = shippedNeeds();

    private final AtomicInteger ids = new AtomicInteger();

    // --- school attendance

    @Test
    void attendance_of_exactly_90_percent_is_persistent_absence() {
        Answers answers = answer(attendance(CHILD, 90, 100));
        assertThat(answers.questions().schoolAttendance().status()).isEqualTo(CONCERN);
        assertThat(answers.questions().schoolAttendance().facts())
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.personId()).isEqualTo(CHILD);
                    assertThat(f.text()).isEqualTo("Attendance 90.0% from 3 Sep to 24 Oct 2026: persistent absence");
                });
        assertThat(met(answers, Need.GOOD_EDUCATION)).isTrue();
    }

    @Test
    void attendance_of_90_point_1_percent_is_not_persistent_absence_but_bears_on_the_question() {
        Answers answers = answer(attendance(CHILD, 901, 1000));
        assertThat(answers.questions().schoolAttendance().status()).isEqualTo(NO_CONCERN_KNOWN);
        assertThat(answers.questions().schoolAttendance().facts())
                .singleElement()
                .satisfies(f -> assertThat(f.text()).isEqualTo("Attendance 90.1% from 3 Sep to 24 Oct 2026"));
        assertThat(met(answers, Need.GOOD_EDUCATION)).isFalse();
    }

    @Test
    void attendance_is_judged_on_the_figure_shown_to_one_decimal_place() {
        assertThat(SchoolAttendance.percent(1801, 2000)).hasToString("90.1"); // 90.05 rounds half up
        assertThat(SchoolAttendance.percent(18009, 20000)).hasToString("90.0"); // 90.045: shown and judged as 90.0
        assertThat(answer(attendance(CHILD, 18009, 20000))
                        .questions()
                        .schoolAttendance()
                        .status())
                .isEqualTo(CONCERN);
    }

    @Test
    void attendance_of_50_percent_is_severe_absence_and_50_point_1_only_persistent() {
        FamilyRecord severe = attendance(CHILD, 50, 100);
        Answers answers = answer(severe);
        assertThat(answers.questions().schoolAttendance().facts())
                .singleElement()
                .satisfies(f -> assertThat(f.text()).endsWith("50.0% from 3 Sep to 24 Oct 2026: severe absence"));
        assertThat(answer(attendance(CHILD, 501, 1000))
                        .questions()
                        .schoolAttendance()
                        .facts())
                .singleElement()
                .satisfies(f -> assertThat(f.text()).endsWith("50.1% from 3 Sep to 24 Oct 2026: persistent absence"));
    }

    @Test
    void each_childs_latest_summary_counts() {
        FamilyRecord autumn = attendance(CHILD, 80, 100);
        FamilyRecord spring = record(
                "SCHOOL_ATTENDANCE_SUMMARY",
                Sector.EDUCATION,
                "2026-11-20T15:00:00Z",
                Map.of(
                        "periodStart",
                        "2026-10-25",
                        "periodEnd",
                        "2026-11-19",
                        "possibleSessions",
                        40,
                        "presentSessions",
                        39,
                        "authorisedAbsences",
                        1,
                        "unauthorisedAbsences",
                        0),
                CHILD);
        FamilyRecord brother = attendance(BROTHER, 96, 100);
        Question school = answer(autumn, spring, brother).questions().schoolAttendance();
        assertThat(school.status()).isEqualTo(NO_CONCERN_KNOWN);
        assertThat(school.eventIds()).containsExactlyInAnyOrder(spring.eventId(), brother.eventId());
    }

    @Test
    void a_half_day_suspension_in_the_last_12_months_is_a_concern() {
        FamilyRecord suspension = record(
                "SUSPENSION",
                Sector.EDUCATION,
                "2026-11-10T09:00:00Z",
                Map.of("category", "SUSP", "reasons", List.of("PP"), "startDate", "2026-11-10", "sessions", 1),
                CHILD);
        Answers answers = answer(suspension);
        Question school = answers.questions().schoolAttendance();
        assertThat(school.status()).isEqualTo(CONCERN);
        assertThat(school.facts()).singleElement().satisfies(f -> {
            assertThat(f.text()).isEqualTo("Suspended for 1 session from 10 Nov 2026");
            assertThat(f.eventIds()).containsExactly(suspension.eventId());
        });
        assertThat(needEvents(answers, Need.GOOD_EDUCATION)).containsExactly(suspension.eventId());
    }

    @Test
    void a_permanent_exclusion_more_than_12_months_ago_is_no_concern_now() {
        FamilyRecord exclusion = record(
                "PERMANENT_EXCLUSION",
                Sector.EDUCATION,
                "2025-10-01T09:00:00Z",
                Map.of("category", "PERM", "reasons", List.of("PA"), "startDate", "2025-10-01", "sessions", 0),
                CHILD);
        Question school = answer(exclusion).questions().schoolAttendance();
        assertThat(school.status()).isEqualTo(NO_CONCERN_KNOWN);
        assertThat(school.facts().get(0).text())
                .isEqualTo("Permanently excluded from 1 Oct 2025 (more than 12 months ago)");
    }

    // --- work

    @Test
    void an_adults_out_of_work_benefit_now_is_a_concern_and_one_that_ended_is_not() {
        FamilyRecord started = benefit("OUT_OF_WORK_BENEFIT_STARTED", "2026-03-02T09:00:00Z", MOTHER, "UC", "UC-1");
        Answers claiming = answer(started);
        assertThat(claiming.questions().work().status()).isEqualTo(CONCERN);
        assertThat(claiming.questions().work().facts()).singleElement().satisfies(f -> {
            assertThat(f.personId()).isEqualTo(MOTHER);
            assertThat(f.text()).isEqualTo("Claiming Universal Credit since 2 Mar 2026");
        });
        assertThat(met(claiming, Need.FINANCIAL_STABILITY)).isTrue();

        FamilyRecord ended = benefit("OUT_OF_WORK_BENEFIT_ENDED", "2026-09-01T09:00:00Z", MOTHER, "UC", "UC-1");
        Answers off = answer(started, ended);
        assertThat(off.questions().work().status()).isEqualTo(NO_CONCERN_KNOWN);
        assertThat(off.questions().work().facts()).singleElement().satisfies(f -> {
            assertThat(f.text()).isEqualTo("Universal Credit claim ended on 1 Sep 2026");
            assertThat(f.eventIds()).containsExactly(started.eventId(), ended.eventId());
        });
        assertThat(met(off, Need.FINANCIAL_STABILITY)).isFalse();
    }

    @Test
    void another_claim_ending_leaves_the_open_one_a_concern() {
        Question work = answer(
                        benefit("OUT_OF_WORK_BENEFIT_STARTED", "2026-01-05T09:00:00Z", MOTHER, "JSA", "JSA-1"),
                        benefit("OUT_OF_WORK_BENEFIT_STARTED", "2026-03-02T09:00:00Z", MOTHER, "UC", "UC-1"),
                        benefit("OUT_OF_WORK_BENEFIT_ENDED", "2026-03-01T09:00:00Z", MOTHER, "JSA", "JSA-1"))
                .questions()
                .work();
        assertThat(work.status()).isEqualTo(CONCERN);
        assertThat(work.facts())
                .extracting(Fact::text)
                .containsExactly(
                        "Claiming Universal Credit since 2 Mar 2026",
                        "Jobseeker's Allowance claim ended on 1 Mar 2026");
    }

    @Test
    void a_childs_benefit_record_and_nothing_at_all_leave_work_not_known() {
        assertThat(answer(benefit("OUT_OF_WORK_BENEFIT_STARTED", "2026-03-02T09:00:00Z", CHILD, "UC", "UC-9"))
                        .questions()
                        .work()
                        .status())
                .isEqualTo(NOT_KNOWN);
        Answers nothing = answer();
        assertThat(List.of(
                        nothing.questions().priorities(),
                        nothing.questions().healthSafeguarding(),
                        nothing.questions().schoolAttendance(),
                        nothing.questions().crimeAntiSocialBehaviour(),
                        nothing.questions().work()))
                .allSatisfy(q -> {
                    assertThat(q.status()).isEqualTo(NOT_KNOWN);
                    assertThat(q.facts()).isEmpty();
                    assertThat(q.eventIds()).isEmpty();
                });
        assertThat(nothing.needs()).extracting(NeedMet::need).containsExactly(Need.values());
        assertThat(nothing.needs()).noneMatch(NeedMet::met);
        assertThat(nothing.inScopeForTargetedEarlyHelp()).isFalse();
    }

    // --- health and safeguarding

    @Test
    void an_a_and_e_visit_11_months_ago_is_a_concern_and_13_months_ago_is_not() {
        FamilyRecord elevenMonths = emergency(CHILD, months(-11));
        Answers recent = answer(elevenMonths);
        assertThat(recent.questions().healthSafeguarding().status()).isEqualTo(CONCERN);
        assertThat(recent.questions().healthSafeguarding().facts())
                .singleElement()
                .satisfies(f -> assertThat(f.text()).isEqualTo("A&E attendance on 29 Dec 2025"));
        assertThat(needEvents(recent, Need.HEALTH)).containsExactly(elevenMonths.eventId());

        Answers old = answer(emergency(CHILD, months(-13)));
        assertThat(old.questions().healthSafeguarding().status()).isEqualTo(NO_CONCERN_KNOWN);
        assertThat(old.questions().healthSafeguarding().facts())
                .singleElement()
                .satisfies(
                        f -> assertThat(f.text()).isEqualTo("A&E attendance on 29 Oct 2025 (more than 12 months ago)"));
        assertThat(met(old, Need.HEALTH)).isFalse();
    }

    @Test
    void as_at_moves_now_so_the_last_12_months_move_with_it() {
        FamilyRecord visit = emergency(CHILD, "2025-06-01T10:00:00Z");
        assertThat(FamilyEvaluation.answer(List.of(visit), MEMBERS, Instant.parse("2026-05-01T00:00:00Z"), SHIPPED)
                        .questions()
                        .healthSafeguarding()
                        .status())
                .isEqualTo(CONCERN);
        assertThat(FamilyEvaluation.answer(List.of(visit), MEMBERS, Instant.parse("2026-06-02T00:00:00Z"), SHIPPED)
                        .questions()
                        .healthSafeguarding()
                        .status())
                .isEqualTo(NO_CONCERN_KNOWN);
    }

    @Test
    void an_active_flag_is_a_concern_until_a_later_record_says_it_is_no_longer_active() {
        FamilyRecord plan = flag("2026-06-01T10:00:00Z", "CHILD_PROTECTION_PLAN", true, "2026-06-01", null);
        Answers active = answer(plan);
        assertThat(active.questions().healthSafeguarding().status()).isEqualTo(CONCERN);
        assertThat(active.questions().healthSafeguarding().facts())
                .singleElement()
                .satisfies(f -> assertThat(f.text()).isEqualTo("Child protection plan since 1 Jun 2026"));
        assertThat(needEvents(active, Need.SAFE_FROM_ABUSE_AND_EXPLOITATION)).containsExactly(plan.eventId());

        FamilyRecord ended = flag("2026-10-01T10:00:00Z", "CHILD_PROTECTION_PLAN", false, "2026-06-01", "2026-09-30");
        Answers inactive = answer(plan, ended);
        assertThat(inactive.questions().healthSafeguarding().status()).isEqualTo(NO_CONCERN_KNOWN);
        assertThat(inactive.questions().healthSafeguarding().facts())
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.text()).isEqualTo("Child protection plan no longer active, ended 30 Sep 2026");
                    assertThat(f.eventIds()).containsExactly(plan.eventId(), ended.eventId());
                });
        assertThat(met(inactive, Need.SAFE_FROM_ABUSE_AND_EXPLOITATION)).isFalse();
    }

    @Test
    void a_flag_whose_end_has_passed_is_not_active_and_one_ending_later_is() {
        assertThat(answer(flag("2026-06-01T10:00:00Z", "CHILD_IN_NEED", true, "2026-06-01", "2026-11-28"))
                        .questions()
                        .healthSafeguarding()
                        .status())
                .isEqualTo(NO_CONCERN_KNOWN);
        Answers later = answer(flag("2026-06-01T10:00:00Z", "CHILD_IN_NEED", true, "2026-06-01", "2026-12-31"));
        assertThat(later.questions().healthSafeguarding().status()).isEqualTo(CONCERN);
        assertThat(met(later, Need.SAFE_FROM_ABUSE_AND_EXPLOITATION)).isTrue();
    }

    @Test
    void a_domestic_abuse_incident_is_a_concern_for_each_member_it_names_saying_whether_a_child_was_present() {
        FamilyRecord incident = domesticAbuse("2026-11-20T22:15:00Z", true, MOTHER, CHILD);
        Answers answers = answer(incident);
        assertThat(answers.questions().healthSafeguarding().facts())
                .extracting(Fact::personId, Fact::text)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                MOTHER, "Domestic abuse incident reported by police on 20 Nov 2026, a child present"),
                        org.assertj.core.groups.Tuple.tuple(
                                CHILD, "Domestic abuse incident reported by police on 20 Nov 2026, a child present"));
        assertThat(needEvents(answers, Need.SAFE_FROM_DOMESTIC_ABUSE)).containsExactly(incident.eventId());

        Answers noChild = answer(domesticAbuse("2026-11-20T22:15:00Z", false, MOTHER));
        assertThat(noChild.questions().healthSafeguarding().status()).isEqualTo(CONCERN);
        assertThat(noChild.questions().healthSafeguarding().facts().get(0).text())
                .endsWith("no child recorded as present");
    }

    @Test
    void a_restricted_record_decides_the_status_but_its_fact_says_only_that_it_is_restricted() {
        FamilyRecord condition = new FamilyRecord(
                nextId(),
                Instant.parse("2026-11-01T10:00:00Z"),
                Instant.parse("2026-11-01T10:00:01Z"),
                Sector.HEALTH,
                "HEALTH_CONDITION_RECORDED",
                Sensitivity.RESTRICTED,
                List.of(CHILD),
                Map.of("code", "35489007", "display", "Depressive disorder", "clinicalStatus", "active"));
        Answers answers = answer(condition);
        assertThat(answers.questions().healthSafeguarding().status()).isEqualTo(CONCERN);
        assertThat(answers.questions().healthSafeguarding().facts())
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.text()).isEqualTo("A restricted record");
                    assertThat(f.eventIds()).containsExactly(condition.eventId());
                });
        assertThat(met(answers, Need.HEALTH)).isTrue();
    }

    // --- crime and anti-social behaviour

    @Test
    void a_suspect_or_offender_is_a_concern_and_a_victim_or_witness_is_not() {
        FamilyRecord victim = police("CRIME_INCIDENT", "2026-10-01T20:00:00Z", "VICTIM", MOTHER);
        FamilyRecord witness = police("ANTI_SOCIAL_BEHAVIOUR", "2026-10-02T20:00:00Z", "WITNESS", CHILD);
        Answers bystanders = answer(victim, witness);
        assertThat(bystanders.questions().crimeAntiSocialBehaviour().status()).isEqualTo(NO_CONCERN_KNOWN);
        assertThat(bystanders.questions().crimeAntiSocialBehaviour().facts())
                .extracting(Fact::text)
                .containsExactly(
                        "Anti-social behaviour on 2 Oct 2026: witness", "Crime incident on 1 Oct 2026: victim");
        assertThat(met(bystanders, Need.CRIME_PREVENTION)).isFalse();

        FamilyRecord suspect = police("ANTI_SOCIAL_BEHAVIOUR", "2026-10-03T20:00:00Z", "SUSPECT", BROTHER);
        Answers involved = answer(victim, witness, suspect);
        assertThat(involved.questions().crimeAntiSocialBehaviour().status()).isEqualTo(CONCERN);
        assertThat(involved.questions().crimeAntiSocialBehaviour().facts().get(0))
                .satisfies(f -> {
                    assertThat(f.personId()).isEqualTo(BROTHER);
                    assertThat(f.concern()).isTrue();
                    assertThat(f.text()).isEqualTo("Anti-social behaviour on 3 Oct 2026: suspect");
                });
        assertThat(needEvents(involved, Need.CRIME_PREVENTION)).containsExactly(suspect.eventId());
    }

    @Test
    void a_youth_justice_outcome_in_the_last_12_months_is_a_concern() {
        FamilyRecord outcome = record(
                "YOUTH_JUSTICE_OUTCOME",
                Sector.YOUTH_JUSTICE,
                "2026-11-05T10:00:00Z",
                Map.of("outcome", "REFERRAL_ORDER", "offenceCategory", "CRIMINAL_DAMAGE"),
                BROTHER);
        Answers answers = answer(outcome);
        assertThat(answers.questions().crimeAntiSocialBehaviour().facts())
                .singleElement()
                .satisfies(f -> assertThat(f.text()).isEqualTo("Youth justice outcome on 5 Nov 2026: referral order"));
        assertThat(needEvents(answers, Need.CRIME_PREVENTION)).containsExactly(outcome.eventId());
    }

    // --- needs

    @Test
    void any_recent_housing_record_meets_secure_housing_whatever_its_type() {
        FamilyRecord housing = record("TENANCY_AT_RISK", Sector.HOUSING, "2026-09-01T10:00:00Z", Map.of(), MOTHER);
        assertThat(needEvents(answer(housing), Need.SECURE_HOUSING)).containsExactly(housing.eventId());
        assertThat(met(
                        answer(record("TENANCY_AT_RISK", Sector.HOUSING, "2025-09-01T10:00:00Z", Map.of(), MOTHER)),
                        Need.SECURE_HOUSING))
                .isFalse();
    }

    @Test
    void three_needs_met_put_the_family_in_scope_for_targeted_early_help_and_two_do_not() {
        FamilyRecord abuse = domesticAbuse("2026-11-20T22:15:00Z", true, MOTHER, CHILD);
        FamilyRecord school = attendance(CHILD, 80, 100);
        FamilyRecord benefit = benefit("OUT_OF_WORK_BENEFIT_STARTED", "2026-03-02T09:00:00Z", MOTHER, "UC", "UC-1");
        assertThat(answer(abuse, school).inScopeForTargetedEarlyHelp()).isFalse();
        Answers three = answer(abuse, school, benefit);
        assertThat(three.needsMet()).isEqualTo(3);
        assertThat(three.inScopeForTargetedEarlyHelp()).isTrue();
        assertThat(three.questions().concerns()).isEqualTo(3);
    }

    @Test
    void the_shipped_mapping_is_the_contracts_default() {
        assertThat(SHIPPED.inScopeAt()).isEqualTo(3);
        assertThat(SHIPPED.metBy()).containsOnlyKeys(Need.values());
        assertThat(SHIPPED.signalsMeeting(Need.SAFE_FROM_DOMESTIC_ABUSE))
                .containsExactly(Signal.DOMESTIC_ABUSE_NOTIFICATION);
        assertThat(SHIPPED.signalsMeeting(Need.GOOD_EDUCATION))
                .containsExactly(
                        Signal.PERSISTENT_ABSENCE,
                        Signal.SEVERE_ABSENCE,
                        Signal.SUSPENSION,
                        Signal.PERMANENT_EXCLUSION);
        assertThat(SHIPPED.signalsMeeting(Need.CRIME_PREVENTION))
                .containsExactly(Signal.POLICE_INVOLVEMENT, Signal.YOUTH_JUSTICE_OUTCOME);
        assertThat(SHIPPED.signalsMeeting(Need.FINANCIAL_STABILITY)).containsExactly(Signal.OUT_OF_WORK_BENEFIT);
        assertThat(SHIPPED.signalsMeeting(Need.HEALTH))
                .containsExactly(Signal.EMERGENCY_ATTENDANCE, Signal.HOSPITAL_ADMISSION, Signal.HEALTH_CONDITION);
        assertThat(SHIPPED.signalsMeeting(Need.SAFE_FROM_ABUSE_AND_EXPLOITATION))
                .containsExactly(
                        Signal.CHILD_PROTECTION_PLAN, Signal.UNBORN_CHILD_PROTECTION_PLAN, Signal.CHILD_IN_NEED);
        assertThat(SHIPPED.signalsMeeting(Need.SECURE_HOUSING)).containsExactly(Signal.HOUSING_EVENT);
        assertThat(SHIPPED.signalsMeeting(Need.EARLY_YEARS)).isEmpty();
    }

    @Test
    void an_authority_maps_signals_and_the_threshold_its_own_way() {
        NeedsProperties own = new NeedsProperties(
                Map.of(
                        Need.CRIME_PREVENTION,
                        List.of(Signal.VICTIM_OF_CRIME),
                        Need.FAMILY_RELATIONSHIPS,
                        List.of(Signal.DOMESTIC_ABUSE_NOTIFICATION)),
                1);
        FamilyRecord victim = police("CRIME_INCIDENT", "2026-10-01T20:00:00Z", "VICTIM", MOTHER);
        Answers answers = FamilyEvaluation.answer(
                List.of(victim, domesticAbuse("2026-11-20T22:15:00Z", true, MOTHER)), MEMBERS, NOW, own);
        assertThat(needEvents(answers, Need.CRIME_PREVENTION)).containsExactly(victim.eventId());
        assertThat(met(answers, Need.FAMILY_RELATIONSHIPS)).isTrue();
        assertThat(met(answers, Need.SAFE_FROM_DOMESTIC_ABUSE)).isFalse();
        assertThat(answers.inScopeForTargetedEarlyHelp()).isTrue();
    }

    @Test
    void an_authoritys_own_list_for_one_need_leaves_the_others_as_shipped() throws IOException {
        var documents = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"));
        var own = new MapConfigurationPropertySource(Map.of(
                "thinkfamily.needs.met-by.CRIME_PREVENTION", "POLICE_INVOLVEMENT,YOUTH_JUSTICE_OUTCOME,VICTIM_OF_CRIME",
                "thinkfamily.needs.in-scope-at", "2"));
        List<ConfigurationPropertySource> sources = new ArrayList<>(List.of(own));
        ConfigurationPropertySources.from(documents.get(0)).forEach(sources::add);
        NeedsProperties needs = new Binder(sources)
                .bind("thinkfamily.needs", NeedsProperties.class)
                .get();
        assertThat(needs.signalsMeeting(Need.CRIME_PREVENTION))
                .containsExactly(Signal.POLICE_INVOLVEMENT, Signal.YOUTH_JUSTICE_OUTCOME, Signal.VICTIM_OF_CRIME);
        assertThat(needs.signalsMeeting(Need.HEALTH)).isEqualTo(SHIPPED.signalsMeeting(Need.HEALTH));
        assertThat(needs.inScopeAt()).isEqualTo(2);
    }

    @Test
    void a_signal_or_need_that_does_not_exist_is_refused_by_name() {
        assertThatThrownBy(() -> new Binder(new MapConfigurationPropertySource(
                                Map.of("thinkfamily.needs.met-by.HEALTH", "EMERGENCY_ATENDANCE")))
                        .bind("thinkfamily.needs", NeedsProperties.class))
                .isInstanceOf(BindException.class)
                .hasStackTraceContaining("EMERGENCY_ATENDANCE");
        assertThatThrownBy(() -> new Binder(new MapConfigurationPropertySource(
                                Map.of("thinkfamily.needs.met-by.HELTH", "EMERGENCY_ATTENDANCE")))
                        .bind("thinkfamily.needs", NeedsProperties.class))
                .isInstanceOf(BindException.class)
                .hasStackTraceContaining("HELTH");
        assertThatThrownBy(() -> new Binder(
                                new MapConfigurationPropertySource(Map.of("thinkfamily.needs.in-scope-at", "0")))
                        .bind("thinkfamily.needs", NeedsProperties.class))
                .isInstanceOf(BindException.class)
                .hasStackTraceContaining("in-scope-at must be 1 or more");
    }

    @Test
    void the_answers_serialise_in_the_contracts_shape() throws Exception {
        FamilyRecord visit = emergency(CHILD, "2026-11-01T10:00:00Z");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(answer(visit));
        assertThat(json.fieldNames()).toIterable().containsExactly("questions", "needs", "inScopeForTargetedEarlyHelp");
        assertThat(json.get("questions").fieldNames())
                .toIterable()
                .containsExactly(
                        "priorities", "healthSafeguarding", "schoolAttendance", "crimeAntiSocialBehaviour", "work");
        assertThat(json.at("/questions/healthSafeguarding/status").asText()).isEqualTo("CONCERN");
        assertThat(json.at("/questions/healthSafeguarding/facts/0").fieldNames())
                .toIterable()
                .containsExactly("personId", "text", "eventIds", "concern");
        assertThat(json.at("/questions/healthSafeguarding/eventIds/0").asText()).isEqualTo(visit.eventId());
        assertThat(json.at("/questions/work/status").asText()).isEqualTo("NOT_KNOWN");
        assertThat(json.at("/needs/2").toString())
                .isEqualTo("{\"need\":\"HEALTH\",\"met\":true,\"eventIds\":[\"" + visit.eventId() + "\"]}");
        assertThat(json.get("needs")).hasSize(10);
    }

    @Test
    void records_naming_no_member_do_not_count() {
        Answers answers = answer(
                emergency(NEIGHBOUR, "2026-11-01T10:00:00Z"),
                police("CRIME_INCIDENT", "2026-10-01T20:00:00Z", "SUSPECT", NEIGHBOUR));
        assertThat(answers.questions().healthSafeguarding().status()).isEqualTo(NOT_KNOWN);
        assertThat(answers.questions().crimeAntiSocialBehaviour().status()).isEqualTo(NOT_KNOWN);
        assertThat(answers.needsMet()).isZero();
    }

    // --- records by hand

    private Answers answer(FamilyRecord... records) {
        return FamilyEvaluation.answer(List.of(records), MEMBERS, NOW, SHIPPED);
    }

    private static boolean met(Answers answers, Need need) {
        return answers.needs().stream()
                .filter(n -> n.need() == need)
                .findFirst()
                .orElseThrow()
                .met();
    }

    private static List<String> needEvents(Answers answers, Need need) {
        return answers.needs().stream()
                .filter(n -> n.need() == need)
                .findFirst()
                .orElseThrow()
                .eventIds();
    }

    private static String months(int months) {
        return ZonedDateTime.ofInstant(NOW, UK).plusMonths(months).toInstant().toString();
    }

    private String nextId() {
        return "event-" + ids.incrementAndGet();
    }

    private FamilyRecord record(
            String type, Sector sector, String occurredAt, Map<String, Object> details, String... people) {
        Instant at = Instant.parse(occurredAt);
        return new FamilyRecord(
                nextId(), at, at.plusSeconds(60), sector, type, Sensitivity.STANDARD, List.of(people), details);
    }

    private FamilyRecord attendance(String person, int present, int possible) {
        return record(
                "SCHOOL_ATTENDANCE_SUMMARY",
                Sector.EDUCATION,
                "2026-10-24T15:30:00Z",
                Map.of(
                        "periodStart",
                        "2026-09-03",
                        "periodEnd",
                        "2026-10-24",
                        "possibleSessions",
                        possible,
                        "presentSessions",
                        present,
                        "authorisedAbsences",
                        0,
                        "unauthorisedAbsences",
                        possible - present),
                person);
    }

    private FamilyRecord benefit(String type, String at, String person, String benefit, String claim) {
        return record(type, Sector.BENEFITS, at, Map.of("benefit", benefit, "claimReference", claim), person);
    }

    private FamilyRecord emergency(String person, String at) {
        return record(
                "EMERGENCY_ATTENDANCE",
                Sector.HEALTH,
                at,
                Map.of("site", "Bradford Royal Infirmary", "arrivedAt", at),
                person);
    }

    private FamilyRecord flag(String at, String flag, boolean active, String start, String end) {
        Map<String, Object> details = new LinkedHashMap<>(Map.of("flag", flag, "active", active, "start", start));
        if (end != null) {
            details.put("end", end);
        }
        return record("SAFEGUARDING_FLAG", Sector.SOCIAL_CARE, at, details, CHILD);
    }

    private FamilyRecord domesticAbuse(String at, boolean childPresent, String... people) {
        return record(
                "DOMESTIC_ABUSE_INCIDENT",
                Sector.POLICE,
                at,
                Map.of("policeReference", "13/123456/26", "childPresent", childPresent),
                people);
    }

    private FamilyRecord police(String type, String at, String involvement, String person) {
        return record(
                type, Sector.POLICE, at, Map.of("policeReference", "13/223344/26", "involvement", involvement), person);
    }

    /** The needs mapping exactly as application.yml ships it. */
    private static NeedsProperties shippedNeeds() {
        try {
            var documents =
                    new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"));
            return new Binder(ConfigurationPropertySources.from(documents.get(0)))
                    .bind("thinkfamily.needs", NeedsProperties.class)
                    .get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
