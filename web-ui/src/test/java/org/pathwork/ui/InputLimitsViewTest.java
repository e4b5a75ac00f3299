package org.pathwork.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathwork.ui.coordinator.ReviewDecisionForm;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.PublishOpportunity;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.opportunity.query.OpportunityView;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.PasswordRule;
import org.pathwork.workflow.people.UserAdministration;
import org.pathwork.workflow.placement.api.ApprovePlacement;
import org.pathwork.workflow.placement.api.DeclineHours;
import org.pathwork.workflow.placement.api.GiveFeedback;
import org.pathwork.workflow.placement.api.LogHours;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.api.RejectApplication;
import org.pathwork.workflow.placement.api.RequestChanges;
import org.pathwork.workflow.placement.api.SubmitHours;
import org.pathwork.workflow.placement.api.SubmitReflection;

/**
 * "Declared once": a form's field holds exactly what its command allows, the form refuses one character
 * more, and so does the domain behind it, whichever door the text comes in by (BadInputTest tries the API).
 * A field checks its own limit before any of a Binder's validators and, without a sentence of ours, would
 * say nothing: each limited field here says "At most N characters.".
 */
class InputLimitsViewTest extends PlacementViewTest {

    private static final String CLINIC = "Riverside Community Clinic";

    @Test
    void theOpportunityFormHoldsWhatPublishingAllowsAndNeitherItNorTheDomainTakesOneCharacterMore() {
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        navigate("manage-opportunities");
        _click(button("new-opportunity"));
        TextField title = _get(TextField.class, s -> s.withId("opportunity-title"));
        TextArea description = _get(TextArea.class, s -> s.withId("opportunity-description"));
        assertThat(title.getMaxLength()).isEqualTo(PublishOpportunity.MAX_TITLE);
        assertThat(description.getMaxLength()).isEqualTo(PublishOpportunity.MAX_DESCRIPTION);

        // a browser's maxlength is no check (a client may send more): the form's own validation refuses it
        String name = "Limits internship " + UUID.randomUUID();
        _setValue(title, name);
        ComboBox<Organization> employer = _get(ComboBox.class, s -> s.withId("opportunity-employer"));
        _setValue(employer, clinic(coordinator));
        _setValue(_get(ComboBox.class, s -> s.withId("opportunity-career-cluster")), "Health Science");
        _setValue(_get(IntegerField.class, s -> s.withId("opportunity-seats")), 2);
        _setValue(description, "x".repeat(PublishOpportunity.MAX_DESCRIPTION + 1));
        _click(button("opportunity-save"));
        assertThat(description.isInvalid()).isTrue();
        assertThat(description.getErrorMessage()).isEqualTo("At most 5,000 characters.");
        assertThat(published(coordinator, name)).isNull();

        // the domain refuses the same text from any other door
        OpportunityService service = context.getBean(OpportunityService.class);
        assertThatThrownBy(() -> service.publish(coordinator, new OpportunityService.NewOpportunity(name,
                clinic(coordinator).id(), "x".repeat(PublishOpportunity.MAX_DESCRIPTION + 1), "Health Science",
                Stage.PREPARATION, OpportunityType.INTERNSHIP, false, 2, 14, null, 20)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.code()).isEqualTo("opportunity.description-too-long"));
        assertThat(published(coordinator, name)).isNull();

        _setValue(description, "x".repeat(PublishOpportunity.MAX_DESCRIPTION));
        _click(button("opportunity-save"));
        assertThat(published(coordinator, name).description()).hasSize(PublishOpportunity.MAX_DESCRIPTION);
    }

    @Test
    void theNewUserFormHoldsWhatAnAccountAllows() {
        signIn("admin");
        navigate("admin/users");
        _click(button("user-new"));
        assertThat(_get(TextField.class, s -> s.withId("user-username")).getMaxLength())
                .isEqualTo(UserAdministration.MAX_USERNAME);
        assertThat(_get(TextField.class, s -> s.withId("user-display-name")).getMaxLength())
                .isEqualTo(UserAdministration.MAX_DISPLAY_NAME);
        assertThat(_get(TextField.class, s -> s.withId("user-email")).getMaxLength())
                .isEqualTo(UserAdministration.MAX_EMAIL);
        assertThat(_get(PasswordField.class, s -> s.withId("user-password")).getMaxLength())
                .isEqualTo(PasswordRule.MAX_LENGTH);
    }

    @Test
    void theReviewDecisionsOneCommentHoldsWhatEachOfItsThreeCommandsTakesAndSaysSoOfMore() {
        String id = applied("student");
        signIn("coordinator");
        navigate("placements/" + id);
        TextArea comment = _get(TextArea.class, s -> s.withId("review-comment"));
        int smallest = Math.min(ApprovePlacement.MAX_COMMENT,
                Math.min(RequestChanges.MAX_COMMENT, RejectApplication.MAX_REASON));
        assertLimited(comment, smallest);

        _setValue(_get(RadioButtonGroup.class, s -> s.withId("review-decision")), ReviewDecisionForm.Decision.REJECT);
        _setValue(comment, "x".repeat(smallest + 1));
        _click(button("review-submit"));
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo(atMost(smallest));
        assertThat(placements().get(as("coordinator"), id).status()).isEqualTo(PlacementStatus.APPLIED);
    }

    @Test
    void theStudentsReflectionHoldsWhatSubmittingAReflectionTakes() {
        String id = active("student");
        signIn("student");
        navigate("placements/" + id);
        assertLimited(_get(TextArea.class, s -> s.withId("reflection-text")), SubmitReflection.MAX_TEXT);
    }

    @Test
    void theSupervisorsFeedbackHoldsWhatGivingFeedbackTakes() {
        String id = active("student");
        signIn("supervisor");
        navigate("placements/" + id);
        assertLimited(_get(TextArea.class, s -> s.withId("feedback-text")), GiveFeedback.MAX_TEXT);
    }

    @Test
    void whatWasDoneHoldsWhatTheHoursCommandTakesAndAnEntryTooLongIsNotSent() {
        String id = active("student");
        signIn("student");
        navigate("placements/" + id);
        assertLimited(_get(TextField.class, s -> s.withId("hours-activity-1")), SubmitHours.MAX_ACTIVITY);

        signIn("supervisor");
        navigate("placements/" + id);
        TextField activity = _get(TextField.class, s -> s.withId("hours-activity-1"));
        assertLimited(activity, LogHours.MAX_ACTIVITY);
        _setValue(_get(IntegerField.class, s -> s.withId("hours-hours-1")), 1);
        _setValue(activity, "x".repeat(LogHours.MAX_ACTIVITY + 1));
        _click(button("hours-submit"));
        assertThat(activity.isInvalid()).isTrue();
        assertThat(activity.getErrorMessage()).isEqualTo(atMost(LogHours.MAX_ACTIVITY));
        assertThat(placements().details(as("supervisor"), id).hours()).isEmpty();
    }

    @Test
    void theReasonForDecliningHoursHoldsWhatDecliningTakes() {
        String id = active("student");
        String entry = placements().logHours(as("student"), id, today(), 60, "Filing");
        signIn("supervisor");
        navigate("placements/" + id);
        _click(button("decline-hours-" + entry));
        assertLimited(_get(TextArea.class, s -> s.withId("decline-reason")), DeclineHours.MAX_REASON);
    }

    /** The field holds the command's limit and says so, with the number, of longer text. */
    private static void assertLimited(TextArea area, int max) {
        assertThat(area.getMaxLength()).isEqualTo(max);
        assertThat(area.getI18n()).isNotNull();
        assertThat(area.getI18n().getMaxLengthErrorMessage()).isEqualTo(atMost(max));
    }

    private static void assertLimited(TextField field, int max) {
        assertThat(field.getMaxLength()).isEqualTo(max);
        assertThat(field.getI18n()).isNotNull();
        assertThat(field.getI18n().getMaxLengthErrorMessage()).isEqualTo(atMost(max));
    }

    private static String atMost(int max) {
        return "At most " + Formats.number(max) + " characters.";
    }

    private OpportunityView published(Actor coordinator, String title) {
        return context.getBean(OpportunityService.class).list(coordinator, 0, 500).stream()
                .filter(o -> o.title().equals(title)).findFirst().orElse(null);
    }

    private Organization clinic(Actor coordinator) {
        return context.getBean(OpportunityService.class).employerPartners(coordinator).stream()
                .filter(o -> o.name().equals(CLINIC)).findFirst().orElseThrow();
    }

    private static Button button(String id) {
        return _get(Button.class, s -> s.withId(id));
    }
}
