package org.pathwork.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
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

/**
 * "Declared once": a form's field holds exactly what its command allows, the form refuses one character
 * more, and so does the domain behind it, whichever door the text comes in by (BadInputTest tries the API).
 */
class InputLimitsViewTest extends KaribuTest {

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
