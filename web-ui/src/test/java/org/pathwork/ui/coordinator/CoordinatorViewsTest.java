package org.pathwork.ui.coordinator;

import static com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithID;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathwork.ui.common.EvaluationSummary;
import org.pathwork.ui.KaribuTest;
import org.pathwork.ui.common.PlacementDetailView;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.opportunity.query.OpportunityView;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.Person;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.DurableSkillRatings;
import org.pathwork.workflow.placement.api.HoursStatus;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.query.PlacementSearch;

/** The coordinator's screens, driven as a coordinator would use them; data is made fresh through the services. */
class CoordinatorViewsTest extends KaribuTest {

    private static final String CLINIC = "Riverside Community Clinic";

    // --- access ----------------------------------------------------------------------------------

    @Test
    void aCoordinatorOpensEachOfTheirScreens() {
        signIn("coordinator");
        for (var entry : List.of(
                new Object[]{"review", ReviewQueueView.class},
                new Object[]{"placements", AllPlacementsView.class},
                new Object[]{"manage-opportunities", ManageOpportunitiesView.class},
                new Object[]{"dashboard", DashboardView.class})) {
            navigate((String) entry[0]);
            assertThat(UI.getCurrent().getCurrentView()).isInstanceOf((Class<?>) entry[1]);
        }
    }

    @Test
    void otherRolesAreKeptOutOfTheCoordinatorsScreens() {
        for (String user : List.of("student", "supervisor", "admin")) {
            signIn(user);
            for (String address : List.of("review", "placements", "manage-opportunities", "dashboard")) {
                navigate(address);
                assertThat(UI.getCurrent().getCurrentView().getClass().getPackageName()).as(user + " " + address)
                        .doesNotEndWith(".coordinator");
            }
        }
    }

    @Test
    void aStudentSeesNoCoordinatorActionsOnTheirOwnPlacement() {
        String id = application("student", 3);
        signIn("student");
        openPlacement(id);
        assertThat(_find(CoordinatorPlacementActions.class)).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("review-submit"))).isEmpty();
    }

    // --- review queue ------------------------------------------------------------------------------

    @Test
    void theReviewQueueListsWaitingApplicationsOldestFirstAndOpensThem() {
        String id = application("student", 3);
        signIn("coordinator");
        navigate("review");
        Grid<PlacementSearch.Row> grid = grid("review-queue");
        List<PlacementSearch.Row> rows = GridKt._findAll(grid);
        assertThat(rows).extracting(PlacementSearch.Row::placementId).contains(id);
        assertThat(rows).allMatch(r -> r.status() == PlacementStatus.APPLIED);
        assertThat(rows).extracting(PlacementSearch.Row::appliedAt).isSorted();
        int index = rows.stream().map(PlacementSearch.Row::placementId).toList().indexOf(id);
        _click((Button) GridKt._getCellComponent(grid, index, "open"));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PlacementDetailView.class);
        assertThat(status()).isEqualTo("applied");
    }

    // --- the applicant, before the decision ----------------------------------------------------------

    @Test
    void theReviewPageStatesTheAgeOnThePlannedStartAndThatAMinorNeedsConsentBeforeApproval() {
        String minor = application("student2", 3);
        String adult = application("student", 3);
        signIn("coordinator");
        LocalDate start = LocalDate.now(java.time.ZoneId.of("America/New_York")).minusDays(3);
        LocalDate born = people().findByUsername("student2").orElseThrow().birthDate();

        openPlacement(minor);
        assertThat(status()).isEqualTo("applied");
        String age = _get(Paragraph.class, s -> s.withId("applicant-age")).getText();
        assertThat(age).isEqualTo("Age on the planned start (" + org.pathwork.ui.Formats.day(start) + "): "
                + java.time.Period.between(born, start).getYears() + " years");
        assertThat(age).doesNotContain(born.toString()).doesNotContain(org.pathwork.ui.Formats.day(born));
        assertThat(_get(Span.class, s -> s.withId("applicant-minor")).getText())
                .isEqualTo("Minor — guardian consent needed before the start");

        openPlacement(adult);
        assertThat(_get(Paragraph.class, s -> s.withId("applicant-age")).getText()).endsWith(": 18 years");
        assertThat(_find(Span.class, s -> s.withId("applicant-minor"))).isEmpty();
    }

    @Test
    void theReviewPageShowsTheStudentsEarlierApplicationToTheSameOpportunity() {
        String opportunity = opportunity(3);
        String first = apply("student", opportunity);
        // a second open application is refused (placement.already-applied); after withdrawing, one may apply again
        placements().withdraw(signIn("student").actor(Source.API), first, "Wrong dates");
        String second = apply("student", opportunity);
        String other = apply("student2", opportunity);
        signIn("coordinator");

        openPlacement(second);
        assertThat(_get(Paragraph.class, s -> s.withId("other-applications-heading")).getText())
                .isEqualTo("This student applied to this opportunity before:");
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, s -> s.withId("other-applications"))
                .getChildren().toList()).singleElement().satisfies(item ->
                assertThat(item.getElement().getTextRecursively()).startsWith("Withdrawn · planned "));
        com.vaadin.flow.router.RouterLink link = _get(com.vaadin.flow.router.RouterLink.class, s -> s.withText("Open"));
        assertThat(link.getHref()).isEqualTo("placements/" + first);

        openPlacement(other);
        assertThat(_find(Paragraph.class, s -> s.withId("other-applications-heading"))).isEmpty();
    }

    // --- the review decision: approve / request changes / reject --------------------------------------

    @Test
    void oneDecisionWithOneCommentBoxWhoseFieldsAndButtonFollowTheChoice() {
        String id = application("student", 3);
        signIn("coordinator");
        openPlacement(id);
        CoordinatorPlacementActions actions = _get(CoordinatorPlacementActions.class);
        assertThat(_find(actions, TextArea.class)).extracting(t -> t.getId().orElse("")).containsExactly("review-comment");
        assertThat(_find(actions, Button.class)).extracting(b -> b.getId().orElse("")).containsExactly("review-submit");
        assertThat(button("review-submit").getText()).isEqualTo("Record the decision");
        assertThat(_find(IntegerField.class, s -> s.withId("approve-required-hours"))).isEmpty();

        decide(ReviewDecisionForm.Decision.APPROVE);
        assertThat(button("review-submit").getText()).isEqualTo("Approve");
        assertThat(_find(IntegerField.class, s -> s.withId("approve-required-hours"))).hasSize(1);
        assertThat(comment().getLabel()).isEqualTo("Comment to the student (optional)");
        decide(ReviewDecisionForm.Decision.REQUEST_CHANGES);
        assertThat(button("review-submit").getText()).isEqualTo("Request changes");
        assertThat(comment().getLabel()).isEqualTo("What should the student change?");
        assertThat(_find(IntegerField.class, s -> s.withId("approve-required-hours"))).isEmpty();
        decide(ReviewDecisionForm.Decision.REJECT);
        assertThat(button("review-submit").getText()).isEqualTo("Reject");
        assertThat(comment().getLabel()).isEqualTo("Reason for the student");
        assertThat(comment().isRequiredIndicatorVisible()).isTrue();
    }

    @Test
    void aDecisionMustBeChosenFirst() {
        String id = application("student", 3);
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        openPlacement(id);
        focusedId();
        _click(button("review-submit"));
        RadioButtonGroup<?> decision = _get(RadioButtonGroup.class, s -> s.withId("review-decision"));
        assertThat(decision.isInvalid()).isTrue();
        assertThat(decision.getErrorMessage()).isEqualTo("Choose approve, request changes or reject.");
        assertThat(focusedId()).isEqualTo("review-decision");
        assertThat(placements().get(coordinator, id).status()).isEqualTo(PlacementStatus.APPLIED);
    }

    @Test
    void approvingTakesTheChosenSupervisorAndHoursAndAnOptionalComment() {
        String id = application("student", 3);
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        openPlacement(id);
        decide(ReviewDecisionForm.Decision.APPROVE);
        ComboBox<?> supervisor = _get(ComboBox.class, s -> s.withId("approve-supervisor"));
        assertThat(supervisor.getValue()).isNotNull();
        _setValue(_get(IntegerField.class, s -> s.withId("approve-required-hours")), 30);
        _click(button("review-submit"));
        assertThat(status()).isEqualTo("approved");
        assertThat(placements().get(coordinator, id).requiredHours()).isEqualTo(30);
        assertThat(placements().get(coordinator, id).statusReason()).isNull();
    }

    @Test
    void approvalNeedsHoursBetweenOneAnd2000() {
        String id = application("student", 3);
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        openPlacement(id);
        decide(ReviewDecisionForm.Decision.APPROVE);
        IntegerField hours = _get(IntegerField.class, s -> s.withId("approve-required-hours"));
        _setValue(hours, 0);
        assertThat(hours.isInvalid()).isTrue();
        assertThat(hours.getErrorMessage()).isEqualTo("Between 1 and 2000 hours.");
        _setValue(hours, null);
        focusedId();
        _click(button("review-submit"));
        assertThat(hours.getErrorMessage()).isEqualTo("Give the hours the student must work.");
        assertThat(focusedId()).isEqualTo("approve-required-hours");
        assertThat(placements().get(coordinator, id).status()).isEqualTo(PlacementStatus.APPLIED);
    }

    @Test
    void approvingWhenNoSeatIsLeftShowsTheDomainsSentence() {
        String opportunity = opportunity(2);
        String first = apply("student", opportunity);
        String second = apply("student2", opportunity);
        String third = apply("student-minor", opportunity);
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        placements().approve(coordinator, first, null, null, null);
        placements().approve(coordinator, second, null, null, null);
        openPlacement(third);
        decide(ReviewDecisionForm.Decision.APPROVE);
        _click(button("review-submit"));
        assertThat(notifications()).contains("All 2 seats of this opportunity are taken.");
        assertThat(placements().get(coordinator, third).status()).isEqualTo(PlacementStatus.APPLIED);
    }

    @Test
    void rejectingWithoutACommentIsRefusedNextToTheFieldAndChangesNothing() {
        String id = application("student", 3);
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        openPlacement(id);
        decide(ReviewDecisionForm.Decision.REJECT);
        _setValue(comment(), "   ");
        int recorded = placements().timeline(coordinator, id).size();
        focusedId();
        _click(button("review-submit"));
        assertThat(comment().isInvalid()).isTrue();
        assertThat(comment().getErrorMessage()).isEqualTo("Give the student a reason.");
        assertThat(focusedId()).isEqualTo("review-comment");
        assertThat(placements().get(coordinator, id).status()).isEqualTo(PlacementStatus.APPLIED);
        assertThat(placements().timeline(coordinator, id)).hasSize(recorded);

        _setValue(comment(), "<b>The dates clash with exams</b>");
        assertThat(comment().isInvalid()).isFalse();
        _click(button("review-submit"));
        assertThat(status()).isEqualTo("rejected");
        assertThat(_get(Paragraph.class, s -> s.withText("Reason: <b>The dates clash with exams</b>"))).isNotNull();
    }

    @Test
    void requestingChangesNeedsACommentWhichApprovingDoesNot() {
        String id = application("student", 3);
        signIn("coordinator");
        openPlacement(id);
        decide(ReviewDecisionForm.Decision.REQUEST_CHANGES);
        _setValue(comment(), "x");
        _setValue(comment(), "  ");
        assertThat(comment().isInvalid()).isTrue();
        assertThat(comment().getErrorMessage()).isEqualTo("Say what the student should change.");
        // the comment is optional once the choice is approve, and required again for changes
        decide(ReviewDecisionForm.Decision.APPROVE);
        assertThat(comment().isInvalid()).isFalse();
        decide(ReviewDecisionForm.Decision.REQUEST_CHANGES);
        _setValue(comment(), "Add a goal about patient privacy.");
        _click(button("review-submit"));
        assertThat(status()).isEqualTo("changes requested");
        assertThat(_get(Paragraph.class, s -> s.withText("Reason: Add a goal about patient privacy."))).isNotNull();
    }

    // --- guardian consent --------------------------------------------------------------------------

    @Test
    void guardianConsentForAMinorIsRecordedWithNameRelationshipAndDate() {
        String id = application("student2", 3);
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        placements().approve(coordinator, id, null, null, null);
        openPlacement(id);
        TextField name = _get(TextField.class, s -> s.withId("consent-guardian-name"));
        focusedId();
        _click(button("record-consent-button"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Give the guardian's name.");
        assertThat(focusedId()).isEqualTo("consent-guardian-name");
        _setValue(name, "Pat Student");
        _setValue(_get(TextField.class, s -> s.withId("consent-relationship")), "mother");
        _setValue(_get(DatePicker.class, s -> s.withId("consent-date")), LocalDate.now().minusDays(1));
        _click(button("record-consent-button"));
        assertThat(placements().get(coordinator, id).guardianConsentId()).isNotNull();
        assertThat(_find(Button.class, s -> s.withId("record-consent-button"))).isEmpty();
    }

    // --- suspend / resume / terminate: the "More actions" menu ------------------------------------------

    @Test
    void suspendResumeAndTerminateFromTheMenuAfterConfirmingWithAReason() {
        String id = application("student", 3);
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        placements().approve(coordinator, id, null, null, null);
        placements().start(coordinator, id);
        openPlacement(id);

        // the dialog starts in its reason field, and confirming waits for a reason
        focusedId();
        _clickItemWithID(menu(), "suspend-button");
        assertThat(focusedId()).isEqualTo("suspend-reason");
        assertThat(button("suspend-confirm").isEnabled()).isFalse();
        _setValue(_get(TextArea.class, s -> s.withId("suspend-reason")), "Workplace closed for renovation");
        assertThat(button("suspend-confirm").isEnabled()).isTrue();
        _setValue(_get(TextArea.class, s -> s.withId("suspend-reason")), "  ");
        assertThat(button("suspend-confirm").isEnabled()).isFalse();
        assertThat(_get(TextArea.class, s -> s.withId("suspend-reason")).getErrorMessage())
                .isEqualTo("Give a reason for suspending the placement.");
        // cancelling changes nothing
        _click(button("suspend-cancel"));
        assertThat(placements().get(coordinator, id).status()).isEqualTo(PlacementStatus.ACTIVE);
        assertThat(_find(Button.class, s -> s.withId("suspend-confirm"))).isEmpty();

        _clickItemWithID(menu(), "suspend-button");
        _setValue(_get(TextArea.class, s -> s.withId("suspend-reason")), "Workplace closed for renovation");
        _click(button("suspend-confirm"));
        assertThat(status()).isEqualTo("suspended");
        assertThat(placements().get(coordinator, id).statusReason()).isEqualTo("Workplace closed for renovation");

        _clickItemWithID(menu(), "resume-button");
        _click(button("resume-confirm"));
        assertThat(status()).isEqualTo("active");

        _clickItemWithID(menu(), "terminate-button");
        _setValue(_get(TextArea.class, s -> s.withId("terminate-reason")), "Student moved away");
        _click(button("terminate-cancel"));
        assertThat(status()).isEqualTo("active");
        _clickItemWithID(menu(), "terminate-button");
        assertThat(_get(TextArea.class, s -> s.withId("terminate-reason")).getValue()).isEmpty();
        _setValue(_get(TextArea.class, s -> s.withId("terminate-reason")), "Student moved away");
        _click(button("terminate-confirm"));
        assertThat(status()).isEqualTo("terminated");
        assertThat(placements().get(coordinator, id).statusReason()).isEqualTo("Student moved away");
    }

    // --- only what the state allows ------------------------------------------------------------------

    @Test
    void onlyTheActionsThePlacementsStatusAllowsAreOffered() {
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        String applied = application("student", 3);
        String approved = application("student", 3);
        placements().approve(coordinator, approved, null, null, null);
        String active = application("student", 3);
        placements().approve(coordinator, active, null, 1, null);
        placements().start(coordinator, active);
        String suspended = application("student", 3);
        placements().approve(coordinator, suspended, null, null, null);
        placements().start(coordinator, suspended);
        placements().suspend(coordinator, suspended, "Closed for a week");
        String ended = application("student", 3);
        placements().approve(coordinator, ended, null, null, null);
        placements().start(coordinator, ended);
        placements().end(coordinator, ended);
        // a reflection left waiting when the placement was terminated cannot be reviewed any more
        String terminated = application("student", 3);
        placements().approve(coordinator, terminated, null, null, null);
        placements().start(coordinator, terminated);
        placements().submitReflection(signIn("student").actor(Source.UI), terminated, "Week one", false);
        placements().terminate(signIn("coordinator").actor(Source.UI), terminated, "Student moved away");
        String rejected = application("student", 3);
        placements().reject(signIn("coordinator").actor(Source.UI), rejected, "Too late");

        assertThat(offered(applied)).containsExactly("review-submit", "terminate-button");
        assertThat(offered(approved)).containsExactly("terminate-button");
        assertThat(offered(active)).containsExactly("suspend-button", "terminate-button");
        assertThat(offered(suspended)).containsExactly("resume-button", "terminate-button");
        assertThat(offered(ended)).containsExactly("sign-off-button", "terminate-button");
        assertThat(offered(terminated)).isEmpty();
        assertThat(offered(rejected)).isEmpty();
    }

    // --- reflections and sign-off -------------------------------------------------------------------------

    @Test
    void signingOffIsDisabledWithTheMissingCriteriaListedUntilAllAreMet() {
        String id = application("student", 3);
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        placements().approve(coordinator, id, null, 1, null);
        placements().start(coordinator, id);
        Actor student = signIn("student").actor(Source.UI);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("America/New_York"));
        String waiting = placements().logHours(student, id, today, 30, "Filing");
        placements().submitReflection(student, id, "What I learned about =triage", true);
        signIn("coordinator");
        placements().end(coordinator, id);
        openPlacement(id);

        assertThat(button("sign-off-button").isEnabled()).isFalse();
        assertThat(_get(Paragraph.class, s -> s.withId("completion-missing")).getText()).isEqualTo(
                "Missing: hours, the accepted final reflection, the supervisor's evaluation, "
                        + "a decision on the hours waiting for confirmation.");
        assertThat(button("sign-off-button").getElement().getAttribute("aria-describedby")).isEqualTo("completion-missing");
        assertThat(_get(Div.class, s -> s.withId("sign-off-evaluation"))).isNotNull();

        _click(button("accept-reflection-0"));
        Actor supervisor = signIn("supervisor").actor(Source.UI);
        placements().confirmHours(supervisor, id, waiting);
        placements().logHours(supervisor, id, today, 60, "Intake desk");
        signIn("coordinator");
        openPlacement(id);
        assertThat(button("sign-off-button").isEnabled()).isFalse();
        assertThat(_get(Paragraph.class, s -> s.withId("completion-missing")).getText())
                .isEqualTo("Missing: the supervisor's evaluation.");

        signIn("supervisor");
        placements().submitEvaluation(supervisor, id, new DurableSkillRatings(3, 3, 3, 3, 3, 3), "Good");
        signIn("coordinator");
        openPlacement(id);
        assertThat(_get(Paragraph.class, s -> s.withId("completion-missing")).getText())
                .isEqualTo("Everything needed for completion is there.");
        // the evaluation itself, skill by skill with the level's meaning, in the checklist and only there
        Div inChecklist = _get(Div.class, s -> s.withId("sign-off-evaluation"));
        assertThat(_get(inChecklist, EvaluationSummary.class).getElement().getTextRecursively())
                .contains("Critical thinking", "3 Proficient", "Good");
        assertThat(_find(EvaluationSummary.class)).hasSize(1);
        assertThat(button("sign-off-button").isEnabled()).isTrue();
        _click(button("sign-off-button"));
        assertThat(status()).isEqualTo("completed");
    }

    @Test
    void aCoordinatorMayDeclineHoursTheSupervisorLeftWaitingButNotConfirmThem() {
        String id = application("student", 3);
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        placements().approve(coordinator, id, null, 1, null);
        placements().start(coordinator, id);
        Actor student = signIn("student").actor(Source.UI);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("America/New_York"));
        String entry = placements().logHours(student, id, today, 60, "Intake desk");
        signIn("coordinator");
        placements().end(coordinator, id);
        openPlacement(id);

        // the entry holds up the sign-off, and only declining it is offered
        assertThat(_get(Paragraph.class, s -> s.withId("completion-missing")).getText())
                .contains("a decision on the hours waiting for confirmation");
        assertThat(_find(Button.class, s -> s.withId("confirm-hours-" + entry))).isEmpty();
        _click(button("decline-hours-" + entry));
        _setValue(_get(TextArea.class, s -> s.withId("decline-reason")), "Your supervisor has left the clinic.");
        _click(button("decline-confirm"));

        assertThat(placements().details(coordinator, id).hours()).singleElement().satisfies(h -> {
            assertThat(h.status()).isEqualTo(HoursStatus.DECLINED);
            assertThat(h.declineReason()).isEqualTo("Your supervisor has left the clinic.");
        });
    }

    @Test
    void returningAReflectionNeedsAComment() {
        String id = application("student", 3);
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        placements().approve(coordinator, id, null, null, null);
        placements().start(coordinator, id);
        placements().submitReflection(signIn("student").actor(Source.UI), id, "Week one", false);
        signIn("coordinator");
        openPlacement(id);
        focusedId();
        _click(button("return-reflection-0"));
        TextArea comment = _get(TextArea.class, s -> s.withId("reflection-comment-0"));
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("Tell the student what to improve.");
        assertThat(focusedId()).isEqualTo("reflection-comment-0");
        assertThat(placements().details(coordinator, id).reflections()).extracting(r -> r.state()).containsExactly("SUBMITTED");
        _setValue(comment, "Say more about what you did.");
        _click(button("return-reflection-0"));
        assertThat(placements().details(coordinator, id).reflections()).extracting(r -> r.state()).containsExactly("RETURNED");
    }

    // --- audit export ------------------------------------------------------------------------------

    @Test
    void theTimelineExportsAsCsv() {
        String id = application("student", 3);
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        placements().reject(coordinator, id, "=1+1, \"too late\"");
        openPlacement(id);
        String csv = new String(DownloadKt._download(_get(Anchor.class, s -> s.withId("timeline-csv"))),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("seq,at,who,role,source,what,why\r\n1,");
        assertThat(csv).contains("Alex Student,student,api,Applied with 1 learning goal");
        assertThat(csv).contains("Casey Coordinator,coordinator,ui,");
        assertThat(csv).contains(",\"'=1+1, \"\"too late\"\"\"\r\n");
    }

    // --- all placements ------------------------------------------------------------------------------

    @Test
    void allPlacementsFilterByEmployerStatusAndOverdueAndSort() {
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        Organization employer = opportunities().addEmployerPartner(coordinator, "Grid Employer " + UUID.randomUUID());
        String opportunity = opportunities().publish(coordinator, new OpportunityService.NewOpportunity("Grid test",
                employer.id(), null, "Manufacturing", Stage.EXPLORATION, OpportunityType.JOB_SHADOW, false, 5, 14,
                null, 10));
        String a = apply("student", opportunity);
        String b = apply("student2", opportunity);
        signIn("coordinator");
        navigate("placements");
        Grid<PlacementSearch.Row> grid = grid("all-placements");
        _setValue(_get(ComboBox.class, s -> s.withId("filter-employer")), employer);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(_get(Span.class, s -> s.withId("placements-count")).getText()).isEqualTo("2 placements");
        assertThat(GridKt._findAll(grid)).extracting(PlacementSearch.Row::placementId).containsExactly(b, a);

        grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid.getColumnByKey("student"),
                com.vaadin.flow.data.provider.SortDirection.ASCENDING)));
        assertThat(GridKt._findAll(grid)).extracting(PlacementSearch.Row::studentName)
                .containsExactly("Alex Student", "Jordan Student");

        _setValue(_get(Select.class, s -> s.withId("filter-status")), PlacementStatus.REJECTED);
        assertThat(GridKt._size(grid)).isZero();
        _setValue(_get(Select.class, s -> s.withId("filter-status")), PlacementStatus.APPLIED);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        _setValue(_get(Checkbox.class, s -> s.withId("filter-overdue")), true);
        assertThat(GridKt._size(grid)).isZero();
    }

    // --- dashboard ---------------------------------------------------------------------------------

    @Test
    void theDashboardShowsCountsByStatusAndOverdueTasks() {
        application("student", 3);
        signIn("coordinator");
        navigate("dashboard");
        assertThat(Long.parseLong(_get(Span.class, s -> s.withId("status-count-APPLIED")).getText())).isPositive();
        assertThat(_get(Span.class, s -> s.withId("overdue-count")).getText()).endsWith("overdue.");
        assertThat(grid("overdue-tasks")).isNotNull();
    }

    // --- opportunities and partners ------------------------------------------------------------------

    @Test
    void publishingAnOpportunityValidatesThenPublishes() {
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        navigate("manage-opportunities");
        _click(button("new-opportunity"));
        _click(button("opportunity-save"));
        TextField title = _get(TextField.class, s -> s.withId("opportunity-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Give the opportunity a title.");
        assertThat(((HasValidation) _get(ComboBox.class, s -> s.withId("opportunity-employer"))).isInvalid()).isTrue();

        String name = "Phlebotomy shadow " + UUID.randomUUID();
        _setValue(title, name);
        ComboBox<Organization> employer = _get(ComboBox.class, s -> s.withId("opportunity-employer"));
        _setValue(employer, clinic(coordinator));
        _setValue(_get(ComboBox.class, s -> s.withId("opportunity-career-cluster")), "Health Science");
        _setValue(_get(IntegerField.class, s -> s.withId("opportunity-seats")), 4);
        ComboBox<Person> supervisor = _get(ComboBox.class, s -> s.withId("opportunity-supervisor"));
        assertThat(supervisor.getListDataView().getItems().map(Person::displayName)).containsExactly("Sam Supervisor");
        _click(button("opportunity-save"));
        List<OpportunityView> all = opportunities().list(coordinator, 0, 500);
        assertThat(all).anySatisfy(o -> {
            assertThat(o.title()).isEqualTo(name);
            assertThat(o.seats()).isEqualTo(4);
            assertThat(o.seatsLeft()).isEqualTo(4);
        });
    }

    @Test
    void editingAnOpportunityKeepsTakenSeats() {
        String opportunity = opportunity(3);
        String placement = apply("student", opportunity);
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        placements().approve(coordinator, placement, null, null, null);
        navigate("manage-opportunities");
        Grid<OpportunityView> grid = grid("opportunities-grid");
        int index = GridKt._findAll(grid).stream().map(OpportunityView::id).toList().indexOf(opportunity);
        _click((Button) GridKt._getCellComponent(grid, index, "edit"));
        IntegerField seats = _get(IntegerField.class, s -> s.withId("opportunity-seats"));
        _setValue(seats, 0);
        assertThat(seats.isInvalid()).isTrue();
        _setValue(seats, 5);
        _setValue(_get(TextField.class, s -> s.withId("opportunity-title")), "Revised internship");
        _click(button("opportunity-save"));
        OpportunityView revised = opportunities().get(coordinator, opportunity);
        assertThat(revised.title()).isEqualTo("Revised internship");
        assertThat(revised.seats()).isEqualTo(5);
        assertThat(revised.seatsLeft()).isEqualTo(4);
    }

    @Test
    void addingAnEmployerPartnerNeedsAName() {
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        navigate("manage-opportunities");
        TextField name = _get(TextField.class, s -> s.withId("partner-name"));
        _click(button("add-partner"));
        assertThat(name.isInvalid()).isTrue();
        String partner = "Harbor Bakery " + UUID.randomUUID();
        _setValue(name, partner);
        _click(button("add-partner"));
        assertThat(opportunities().employerPartners(coordinator)).extracting(Organization::name).contains(partner);
        assertThat(GridKt._findAll(grid("partners-grid"))).extracting(o -> ((Organization) o).name()).contains(partner);
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private PlacementService placements() {
        return context.getBean(PlacementService.class);
    }

    private PeopleDirectory people() {
        return context.getBean(PeopleDirectory.class);
    }

    private OpportunityService opportunities() {
        return context.getBean(OpportunityService.class);
    }

    private Organization clinic(Actor coordinator) {
        return opportunities().employerPartners(coordinator).stream().filter(o -> o.name().equals(CLINIC)).findFirst()
                .orElseThrow();
    }

    /** A fresh opportunity at the clinic, supervised by the demo supervisor. */
    private String opportunity(int seats) {
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        String supervisorId = opportunities().supervisors(coordinator, clinic(coordinator).id()).get(0).id();
        return opportunities().publish(coordinator, new OpportunityService.NewOpportunity(
                "Clinic internship " + UUID.randomUUID(), clinic(coordinator).id(), "Front desk", "Health Science",
                Stage.PREPARATION, OpportunityType.INTERNSHIP, false, seats, 14, supervisorId, 20));
    }

    private String application(String student, int seats) {
        return apply(student, opportunity(seats));
    }

    private String apply(String student, String opportunity) {
        Actor actor = signIn(student).actor(Source.API);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("America/New_York"));
        return placements().apply(actor, opportunity, List.of("Learn how a clinic runs"), today.minusDays(3),
                today.plusDays(30));
    }

    private static void openPlacement(String id) {
        UI.getCurrent().navigate(PlacementDetailView.class, PlacementDetailView.parameters(id));
    }

    @SuppressWarnings("unchecked")
    private static void decide(ReviewDecisionForm.Decision decision) {
        _setValue(_get(RadioButtonGroup.class, s -> s.withId("review-decision")), decision);
    }

    private static TextArea comment() {
        return _get(TextArea.class, s -> s.withId("review-comment"));
    }

    private static MoreActionsMenu menu() {
        return _get(MoreActionsMenu.class, s -> s.withId("more-actions"));
    }

    /** The ids of the buttons and menu items the coordinator is offered on the placement's page. */
    private static List<String> offered(String placementId) {
        openPlacement(placementId);
        CoordinatorPlacementActions actions = _get(CoordinatorPlacementActions.class, s -> s.withId("coordinator-actions"));
        List<String> ids = new ArrayList<>(_find(actions, Button.class).stream().map(b -> b.getId().orElse("?")).toList());
        _find(actions, MoreActionsMenu.class).forEach(m -> m.getItems().get(0).getSubMenu().getItems()
                .forEach(item -> ids.add(item.getId().orElse("?"))));
        return ids;
    }

    /**
     * The id of the component that was last asked to take the keyboard focus since the last call, or
     * null; each call forgets the earlier requests.
     */
    private static String focusedId() {
        MockVaadin.clientRoundtrip();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(i -> i.getInvocation().getExpression().contains("focus"))
                .reduce((earlier, later) -> later)
                .map(i -> Element.get(i.getOwner()).getAttribute("id"))
                .orElse(null);
    }

    private static String status() {
        return _get(Span.class, s -> s.withId("placement-status")).getText();
    }

    private static Button button(String id) {
        return _get(Button.class, s -> s.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, s -> s.withId(id));
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }
}
