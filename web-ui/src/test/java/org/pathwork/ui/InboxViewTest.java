package org.pathwork.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathwork.ui.common.PlacementDetailView;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.notification.Notices;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.Person;
import org.pathwork.workflow.people.UserAccounts;

/**
 * The inbox as each role reads it: every task names the student and the opportunity with its due date in
 * words, each role finds only its own tasks, a student finds what their placements ask of them, and a
 * keyboard user lands on the list and stays there after marking updates read.
 */
class InboxViewTest extends PlacementViewTest {

    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    @Test
    void aCoordinatorsTaskNamesTheStudentAndTheOpportunityAndWhenItIsDue() {
        String title = "Reception internship " + UUID.randomUUID().toString().substring(0, 6);
        String opportunity = opportunity("Health Science", title, OpportunityType.INTERNSHIP, true, 14);
        String id = placements().apply(as("student"), opportunity, List.of("Learn"), today().plusDays(5), today().plusDays(40));
        signIn("coordinator");
        navigate("");

        ListItem task = task(id, "user_task_review_application");
        assertThat(link(task).getText()).isEqualTo("Review application — Alex Student");
        assertThat(about(task))
                .startsWith(title + " at Riverside Community Clinic");
        Span due = _get(task, Span.class, s -> s.withClasses("task-due"));
        assertThat(due.getText()).isEqualTo("due " + inWords(today().plusDays(3)));
        assertThat(due.getElement().getThemeList()).doesNotContain("error");

        RouterLinkKt._click(link(task));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PlacementDetailView.class);
        assertThat(status()).isEqualTo("applied");
    }

    @Test
    void startingAPlacementIsInTheSupervisorsInboxOverdueInWordsAndNotInTheCoordinators() {
        String id = approved("student"); // planned from ten days ago
        signIn("coordinator");
        navigate("");
        assertThat(tasks(id)).isEmpty();

        signIn("supervisor");
        navigate("placements/" + id); // the inbox is made anew for the new person
        navigate("");
        ListItem start = task(id, "user_task_start_placement");
        assertThat(link(start).getText()).isEqualTo("Start placement — Alex Student");
        Span due = _get(start, Span.class, s -> s.withClasses("task-due"));
        assertThat(due.getText()).isEqualTo("overdue since " + inWords(today().minusDays(10)));
        assertThat(due.getElement().getThemeList()).contains("badge", "error");
    }

    @Test
    void aStudentWhoseFinalReflectionIsDueIsAskedForIt() {
        String id = activeUntil(today().plusDays(3));
        signIn("student");
        navigate("");

        ListItem write = task(id, "to_do_write_final_reflection");
        assertThat(link(write).getText()).isEqualTo("Write your final reflection");
        assertThat(about(write)).contains(" at Riverside Community Clinic");
        assertThat(_get(write, Span.class, s -> s.withClasses("task-due")).getText())
                .isEqualTo("due " + inWords(today().plusDays(3)));
        assertThat(_find(Paragraph.class, s -> s.withId("inbox-empty"))).isEmpty();
        RouterLinkKt._click(link(write));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PlacementDetailView.class);
        assertThat(_find(Button.class, s -> s.withId("submit-final-reflection"))).isNotEmpty();
    }

    @Test
    void aStudentWhoseReflectionWasReturnedIsAskedToReviseIt() {
        String id = activeUntil(today().plusDays(20));
        String reflection = placements().submitReflection(as("student"), id, "What I learned.", true);
        placements().returnReflection(as("coordinator"), id, reflection, "Tell me more about the patients.");
        signIn("student");
        navigate("");

        assertThat(tasks(id)).singleElement().satisfies(t ->
                assertThat(link(t).getText()).isEqualTo("Your reflection was returned — revise it"));
    }

    @Test
    void aStudentAskedForChangesFindsOneTaskToReviseTheApplication() {
        String id = applied("student");
        placements().requestChanges(as("coordinator"), id, "Name a skill.");
        signIn("student");
        navigate("");

        assertThat(tasks(id)).singleElement().satisfies(t -> {
            assertThat(link(t).getText()).isEqualTo("Revise application");
            assertThat(about(t)).contains(" at Riverside Community Clinic");
        });
    }

    @Test
    void aStudentWithNothingToDoIsToldWhereToFindOpportunities() {
        String username = newStudent();
        signIn(username);
        navigate("");
        Paragraph empty = _get(Paragraph.class, s -> s.withId("inbox-empty"));
        assertThat(empty.getText()).startsWith("Nothing is waiting for you.");
        assertThat(_get(empty, RouterLink.class, s -> s.withText("Browse opportunities")).getHref())
                .isEqualTo("opportunities");
    }

    @Test
    void anAdministratorIsToldThatTheyHaveNoPlacementTasks() {
        signIn("admin");
        navigate("");
        Paragraph empty = _get(Paragraph.class, s -> s.withId("inbox-empty"));
        assertThat(empty.getText()).startsWith("Administrators have no placement tasks.");
        assertThat(_get(empty, RouterLink.class, s -> s.withText("Manage users")).getHref())
                .isEqualTo("admin/users");
    }

    @Test
    void afterMarkingUpdatesReadTheFocusIsOnTheUpdatesHeading() {
        String id = applied("student");
        placements().requestChanges(as("coordinator"), id, "Add a goal.");
        signIn("student");
        navigate("");
        ListItem update = _get(UnorderedList.class, s -> s.withId("updates-list")).getChildren()
                .map(ListItem.class::cast).findFirst().orElseThrow();
        assertThat(_find(update, Span.class, s -> s.withClasses("update-new"))).singleElement()
                .satisfies(s -> assertThat(s.getText()).isEqualTo("New"));
        assertThat(_get(update, Paragraph.class, s -> s.withClasses("update-body")).getText()).contains("Add a goal.");
        assertThat(_get(update, RouterLink.class, s -> s.withText("Open the placement")).getHref()).endsWith(id);

        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        _click(_get(Button.class, s -> s.withId("updates-read")));

        H2 heading = _get(H2.class, s -> s.withId("updates-title"));
        assertThat(heading.getText()).isEqualTo("Updates");
        assertThat(_find(Span.class, s -> s.withClasses("update-new"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("updates-read"))).isEmpty();
        assertThat(focusCalls()).containsExactly(heading);
        assertThat(context.getBean(Notices.class).unread(as("student"))).isZero();
    }

    /** An active placement of the demo student at the clinic, planned to end on that day. */
    private String activeUntil(LocalDate end) {
        String opportunity = opportunity("Health Science", "Internship " + UUID.randomUUID(), OpportunityType.INTERNSHIP,
                true, 14);
        String id = placements().apply(as("student"), opportunity, List.of("Learn how a clinic works"),
                today().minusDays(20), end);
        Actor coordinator = as("coordinator");
        placements().approve(coordinator, id, null, null, null);
        placements().start(as("supervisor"), id);
        return id;
    }

    /** A student of the demo school with no placement at all. */
    private String newStudent() {
        PeopleDirectory people = context.getBean(PeopleDirectory.class);
        Organization school = people.findOrganizationByName("Lincoln High School", Organization.Kind.SCHOOL).orElseThrow();
        String username = "newcomer-" + UUID.randomUUID().toString().substring(0, 8);
        Person p = people.addPerson(username, "Noor Newcomer", null, Role.STUDENT, today().minusYears(17), school.id(), null);
        context.getBean(UserAccounts.class).create(p.id(), "{noop}unused");
        return username;
    }

    /** "Thu 4 Dec", with the year when it is not this year's. */
    private String inWords(LocalDate day) {
        return SHORT_DAY.format(day) + (day.getYear() == today().getYear() ? "" : " " + day.getYear());
    }

    /** What the task is about: the opportunity at its employer, and when it is due. */
    static String about(ListItem task) {
        return _get(task, Div.class, s -> s.withClasses("task-about")).getElement().getTextRecursively();
    }

    /** The inbox's cards about this placement. */
    static List<ListItem> tasks(String placementId) {
        Optional<UnorderedList> inbox = _find(UnorderedList.class, s -> s.withId("inbox")).stream().findFirst();
        return inbox.stream().flatMap(Component::getChildren).map(ListItem.class::cast)
                .filter(li -> placementId.equals(li.getElement().getAttribute("data-placement-id"))).toList();
    }

    static ListItem task(String placementId, String key) {
        List<ListItem> of = tasks(placementId).stream()
                .filter(li -> key.equals(li.getElement().getAttribute("data-task-key"))).toList();
        assertThat(of).as(key + " on " + placementId).hasSize(1);
        return of.get(0);
    }

    static RouterLink link(ListItem task) {
        return _get(task, RouterLink.class, s -> { });
    }

    /** The components the server asked the browser to focus since the last look. */
    static List<Component> focusCalls() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(js -> js.getInvocation().getExpression().contains("focus("))
                .map(PendingJavaScriptInvocation::getOwner)
                .map(node -> com.vaadin.flow.dom.Element.get(node).getComponent().orElseThrow())
                .map(Component.class::cast).toList();
    }
}
