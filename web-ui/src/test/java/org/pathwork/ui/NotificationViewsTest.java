package org.pathwork.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.notification.NoticeKind;
import org.pathwork.workflow.notification.Notices;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.Person;
import org.pathwork.workflow.placement.PlacementService;
import org.springframework.beans.factory.annotation.Autowired;

/** What Pathwork told a person, under Updates in their inbox, and their mail settings. */
class NotificationViewsTest extends KaribuTest {

    @Autowired PlacementService placements;
    @Autowired OpportunityService opportunities;
    @Autowired PeopleDirectory people;
    @Autowired Notices notices;

    @Test
    void theStudentReadsUnderUpdatesWhatTheCoordinatorAskedAndMarksItRead() {
        Actor student = demo("student");
        notices.markAllRead(student);
        String id = applied();
        placements.requestChanges(demo("coordinator"), id, "Name the skills you want to learn");

        signIn("student");
        navigate("");
        assertThat(_get(H2.class, s -> s.withId("updates-title")).getText()).matches("Updates \\(\\d+ new\\)");
        Notices.Update newest = notices.updates(student, 1).get(0);
        assertThat(newest.kind()).isEqualTo(NoticeKind.CHANGES_REQUESTED);
        ListItem card = _get(ListItem.class, s -> s.withId("update-" + newest.id()));
        assertThat(_get(UnorderedList.class, s -> s.withId("updates-list")).getChildren().findFirst()).contains(card);
        assertThat(_get(card, Span.class, s -> s.withClasses("update-new")).getText()).isEqualTo("New");
        assertThat(_get(card, Paragraph.class, s -> s.withClasses("update-body")).getText())
                .contains("Name the skills you want to learn");
        assertThat(_get(card, RouterLink.class, s -> s.withText("Open the placement")).getHref()).isEqualTo("placements/" + id);
        assertThat(newest.read()).isFalse();

        _click(_get(Button.class, s -> s.withId("updates-read")));
        assertThat(notices.unread(student)).isZero();
    }

    @Test
    void aSupervisorTurnsOffAMailAndChoosesADigestButCannotTurnOffARequiredOne() {
        signIn("supervisor");
        navigate("settings/notifications");
        Checkbox required = _get(Checkbox.class, s -> s.withId("notice-placement-to-start"));
        assertThat(required.getValue()).isTrue();
        assertThat(required.isEnabled()).as("a minor's start is always mailed").isFalse();
        _setValue(_get(Checkbox.class, s -> s.withId("notice-hours-reminder")), false);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> pace = _get(RadioButtonGroup.class, s -> s.withId("notice-pace"));
        _setValue(pace, NotificationSettingsView.DIGEST);
        _click(_get(Button.class, s -> s.withId("notice-save")));

        Notices.Settings saved = notices.settings(demo("supervisor"));
        assertThat(saved.dailyDigest()).isTrue();
        assertThat(saved.muted()).isEqualTo(Set.of(NoticeKind.HOURS_REMINDER));
        assertThat(_find(Checkbox.class)).extracting(Checkbox::getLabel)
                .as("only the supervisor's own kinds").noneMatch(l -> l.contains("reflection"));
        notices.saveSettings(demo("supervisor"), Notices.Settings.DEFAULT);
    }

    @Test
    void administratorsHaveNoMailSettings() {
        signIn("admin");
        navigate("settings/notifications");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(NotificationSettingsView.class);
    }

    private String applied() {
        Actor coordinator = demo("coordinator");
        String clinic = people.findOrganizationByName("Riverside Community Clinic", Organization.Kind.EMPLOYER)
                .orElseThrow().id();
        String opportunity = opportunities.publish(coordinator, new OpportunityService.NewOpportunity(
                "Front desk internship " + UUID.randomUUID().toString().substring(0, 6), clinic, "Greet patients.",
                "Health Science", Stage.PREPARATION, OpportunityType.INTERNSHIP, true, 2, 14,
                demo("supervisor").personId(), 20));
        LocalDate today = placements.today();
        return placements.apply(demo("student"), opportunity, List.of("Learn"), today.plusDays(2), today.plusDays(40));
    }

    private Actor demo(String username) {
        Person p = people.findByUsername(username).orElseThrow();
        return new Actor(p.id(), p.role(), Source.UI);
    }
}
