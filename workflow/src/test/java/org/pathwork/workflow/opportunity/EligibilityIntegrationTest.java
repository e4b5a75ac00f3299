package org.pathwork.workflow.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.Fixtures;
import org.pathwork.workflow.IntegrationTest;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Forbidden;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.query.PlacementQueries;
import org.pathwork.workflow.placement.query.PlacementScope;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Whether a student may apply, answered before any form opens, and the one-open-application rule
 * that the placement enforces when an application is sent anyway.
 */
class EligibilityIntegrationTest extends IntegrationTest {

    @Autowired OpportunityService opportunities;
    @Autowired PlacementService placements;
    @Autowired PlacementQueries queries;
    @Autowired Fixtures given;

    @Test
    void aStudentYoungerThanTheMinimumAgeTodayIsToldTheirAgeAndTheMinimum() {
        Actor coordinator = given.coordinator();
        String opportunity = given.opportunity(coordinator, given.supervisor(), 3, 16, 10);
        Eligibility answer = opportunities.eligibility(given.student(15), opportunity);

        assertThat(answer.eligible()).isFalse();
        assertThat(answer.obstacles()).containsExactly(new Eligibility.TooYoung(16, 15, given.today()));
        assertThat(answer.reason()).hasValue("For students aged 16 and over; you are 15.");
        assertThat(opportunities.eligibility(given.student(16), opportunity).eligible()).isTrue();
    }

    @Test
    void aSecondApplicationIsRefusedWhileTheFirstIsOpenAndAllowedOnceItIsWithdrawn() {
        Actor coordinator = given.coordinator();
        String opportunity = given.opportunity(coordinator, given.supervisor(), 3, 14, 10);
        Actor student = given.student(17);
        String first = placements.apply(student, opportunity, List.of("Learn"), given.today(), given.today().plusDays(9));

        Eligibility answer = opportunities.eligibility(student, opportunity);
        assertThat(answer.obstacles()).containsExactly(new Eligibility.AlreadyApplied(first, PlacementStatus.APPLIED));
        assertThat(answer.reason()).hasValue("You have already applied: your application is waiting for review.");
        assertThatThrownBy(() -> placements.apply(student, opportunity, List.of("Learn again"), given.today(),
                given.today().plusDays(9)))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                    assertThat(refused.code()).isEqualTo("placement.already-applied");
                    assertThat(refused.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
                });
        assertThat(queries.list(PlacementScope.of(student), null, 0, 10)).hasSize(1);

        placements.withdraw(student, first, null);
        assertThat(opportunities.eligibility(student, opportunity).eligible()).isTrue();
        String second = placements.apply(student, opportunity, List.of("Learn again"), given.today(), given.today().plusDays(9));
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void aFullOpportunityIsShownAsFullToWhoeverHasNotAppliedForIt() {
        Actor coordinator = given.coordinator();
        String opportunity = given.opportunity(coordinator, given.supervisor(), 1, 14, 10);
        Actor holder = given.student(18);
        String placement = placements.apply(holder, opportunity, List.of("Learn"), given.today(), given.today().plusDays(9));
        placements.approve(coordinator, placement, null, null, null);

        assertThat(opportunities.eligibility(given.student(18), opportunity).obstacles())
                .containsExactly(new Eligibility.NoSeatsLeft(1));
        assertThat(opportunities.eligibility(holder, opportunity).obstacles())
                .containsExactly(new Eligibility.AlreadyApplied(placement, PlacementStatus.APPROVED));
    }

    @Test
    void onlyAStudentAsksAndOnlyForThemself() {
        Actor coordinator = given.coordinator();
        String opportunity = given.opportunity(coordinator, given.supervisor(), 1, 14, 10);
        assertThatThrownBy(() -> opportunities.eligibility(coordinator, opportunity)).isInstanceOf(Forbidden.class);
    }
}
