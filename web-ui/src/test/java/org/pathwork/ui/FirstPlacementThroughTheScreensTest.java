package org.pathwork.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pathwork.PathworkApplication;
import org.pathwork.ui.common.InboxView;
import org.pathwork.ui.common.PlacementDetailView;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.placement.PlacementService;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The UI counterpart of PostgresProfileTest: a fresh database with only the two bootstrap settings,
 * and from there a first placement through the screens alone. The first admin sets up a district,
 * a school and an employer, then one person of each role; each of them is sent to choose their own
 * password before anything else, then they take the placement from publication to ACTIVE.
 */
@SpringBootTest(classes = PathworkApplication.class, properties = {"pathwork.demo-data=false",
        "pathwork.bootstrap-admin.username=it-admin", "pathwork.bootstrap-admin.password=" + FirstPlacementThroughTheScreensTest.ROOT,
        "camunda.bpm.job-execution.enabled=false", "pathwork.password-strength=4"})
class FirstPlacementThroughTheScreensTest extends KaribuTest {

    static final String ROOT = "granite lantern picnic 31";
    private static final String CHOSEN = "violet canoe ladder 42";
    private static final String OWN = "amber whistle orchard 7";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/New_York"));

    @Test
    void aFreshDatabaseWithTheTwoBootstrapSettingsReachesAFirstPlacementThroughTheScreens() {
        // the first admin sets up the organizations and the people
        signIn("it-admin");
        navigate("");
        assertThat(UI.getCurrent().getCurrentView()).as("the first admin chose their own password").isInstanceOf(InboxView.class);
        navigate("admin/organizations");
        organization("Unified District", Organization.Kind.DISTRICT, null);
        organization("Central High", Organization.Kind.SCHOOL, "Unified District");
        organization("City Hospital", Organization.Kind.EMPLOYER, null);

        navigate("admin/users");
        newUser("casey", "Casey Coordinator", Role.COORDINATOR);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Organization> organizations = _get(MultiSelectComboBox.class, s -> s.withId("user-organizations"));
        _setValue(organizations, Set.of(organizations.getGenericDataView().getItems()
                .filter(o -> o.name().equals("Unified District")).findFirst().orElseThrow()));
        save("casey");
        newUser("sam", "Sam Supervisor", Role.SUPERVISOR);
        ComboBoxKt.selectByLabel(organizationBox("user-employer"), "City Hospital");
        save("sam");
        newUser("alex", "Alex Student", Role.STUDENT);
        _setValue(_get(DatePicker.class, s -> s.withId("user-birth-date")), TODAY.minusYears(17));
        ComboBoxKt.selectByLabel(organizationBox("user-school"), "Central High");
        save("alex");

        // each signs in, is sent to the password page whatever they open, and chooses their own
        choosesOwnPassword("casey", "manage-opportunities");
        choosesOwnPassword("sam", "supervised");
        choosesOwnPassword("alex", "opportunities");

        // the coordinator publishes an opportunity at the employer, with its supervisor
        signIn("casey");
        navigate("manage-opportunities");
        _click(_get(Button.class, s -> s.withId("new-opportunity")));
        _setValue(_get(TextField.class, s -> s.withId("opportunity-title")), "Hospital internship");
        ComboBoxKt.selectByLabel(organizationBox("opportunity-employer"), "City Hospital");
        _setValue(_get(ComboBox.class, s -> s.withId("opportunity-career-cluster")), "Health Science");
        _setValue(select("opportunity-stage"), org.pathwork.workflow.opportunity.api.Stage.PREPARATION);
        _setValue(select("opportunity-type"), org.pathwork.workflow.opportunity.api.OpportunityType.INTERNSHIP);
        _setValue(_get(IntegerField.class, s -> s.withId("opportunity-seats")), 2);
        _setValue(_get(IntegerField.class, s -> s.withId("opportunity-minimum-age")), 16);
        ComboBoxKt.selectByLabel(_get(ComboBox.class, s -> s.withId("opportunity-supervisor")), "Sam Supervisor");
        _setValue(_get(IntegerField.class, s -> s.withId("opportunity-required-hours")), 20);
        _click(_get(Button.class, s -> s.withId("opportunity-save")));
        NotificationsKt.expectNotifications("The opportunity is published.");

        // the student applies
        signIn("alex");
        navigate("opportunities");
        Grid<?> offers = _get(Grid.class, s -> s.withId("opportunities"));
        assertThat(GridKt._size(offers)).isEqualTo(1);
        _click((Button) GridKt._getCellComponent(offers, 0, "apply"));
        _setValue(_get(TextArea.class, s -> s.withId("learning-goals")), "See how a ward runs");
        _setValue(_get(DatePicker.class, s -> s.withId("planned-start")), TODAY.plusDays(1));
        _setValue(_get(DatePicker.class, s -> s.withId("planned-end")), TODAY.plusDays(30));
        _click(_get(Button.class, s -> s.withId("apply-submit")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PlacementDetailView.class);
        assertThat(status()).isEqualTo("applied");

        // the coordinator finds it in the review queue, approves it and records the guardian's consent
        signIn("casey");
        navigate("review");
        Grid<?> queue = _get(Grid.class, s -> s.withId("review-queue"));
        assertThat(GridKt._size(queue)).isEqualTo(1);
        _click((Button) GridKt._getCellComponent(queue, 0, "open"));
        _setValue(_get(RadioButtonGroup.class, s -> s.withId("review-decision")),
                org.pathwork.ui.coordinator.ReviewDecisionForm.Decision.APPROVE);
        _click(_get(Button.class, s -> s.withId("review-submit")));
        assertThat(status()).isEqualTo("approved");
        _setValue(_get(TextField.class, s -> s.withId("consent-guardian-name")), "Pat Parent");
        _setValue(_get(TextField.class, s -> s.withId("consent-relationship")), "parent");
        _setValue(_get(DatePicker.class, s -> s.withId("consent-date")), TODAY);
        _click(_get(Button.class, s -> s.withId("record-consent-button")));

        // the supervisor starts it
        signIn("sam");
        navigate("supervised");
        Grid<?> students = _get(Grid.class, s -> s.withId("supervised-placements"));
        assertThat(GridKt._size(students)).isEqualTo(1);
        GridKt._clickItem(students, 0);
        _click(_get(Button.class, s -> s.withId("start-button")));
        assertThat(status()).isEqualTo("active");

        // and the student's placements show it ACTIVE
        signIn("alex");
        navigate("my-placements");
        @SuppressWarnings("unchecked")
        Grid<PlacementService.Summary> mine = _get(Grid.class, s -> s.withId("my-placements"));
        assertThat(GridKt._size(mine)).isEqualTo(1);
        assertThat(GridKt._get(mine, 0).placement().status().name()).isEqualTo("ACTIVE");
    }

    private static void organization(String name, Organization.Kind kind, String parent) {
        _click(_get(Button.class, s -> s.withId("organization-create")));
        _setValue(_get(TextField.class, s -> s.withId("organization-name")), name);
        _setValue(select("organization-kind"), kind);
        if (parent != null) {
            ComboBoxKt.selectByLabel(organizationBox("organization-parent"), parent);
        }
        _click(_get(Button.class, s -> s.withId("organization-create-save")));
        NotificationsKt.expectNotifications("Created " + name + ".");
    }

    private static void newUser(String username, String displayName, Role role) {
        _click(_get(Button.class, s -> s.withId("user-new")));
        _setValue(_get(TextField.class, s -> s.withId("user-username")), username);
        _setValue(_get(TextField.class, s -> s.withId("user-display-name")), displayName);
        _setValue(select("user-role"), role);
        _setValue(_get(PasswordField.class, s -> s.withId("user-password")), CHOSEN);
    }

    private static void save(String username) {
        _click(_get(Button.class, s -> s.withId("user-create-save")));
        NotificationsKt.expectNotifications("Created " + username + ".");
    }

    private void choosesOwnPassword(String username, String firstAddress) {
        signIn(username);
        navigate(firstAddress);
        assertThat(UI.getCurrent().getCurrentView()).as(username).isInstanceOf(ChangePasswordView.class);
        _setValue(_get(PasswordField.class, s -> s.withId("password-current")), CHOSEN);
        _setValue(_get(PasswordField.class, s -> s.withId("password-new")), OWN);
        _setValue(_get(PasswordField.class, s -> s.withId("password-repeat")), OWN);
        _click(_get(Button.class, s -> s.withId("password-save")));
        NotificationsKt.expectNotifications("Your password is changed.");
        assertThat(UI.getCurrent().getCurrentView()).as(username + " goes on to the start page").isInstanceOf(InboxView.class);
    }

    private static String status() {
        return _get(Span.class, s -> s.withId("placement-status")).getText();
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, s -> s.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> organizationBox(String id) {
        return _get(ComboBox.class, s -> s.withId(id));
    }
}
