package org.pathwork.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathwork.ui.link.ActionLinkView;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.link.ActionLinks;
import org.pathwork.workflow.link.Purpose;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.Person;
import org.pathwork.workflow.people.UserAccounts;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.query.PlacementView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The page of a mailed link, opened by someone who has not signed in: for whom, what is asked, one
 * button that begins with "Confirm"; done, or a sentence saying why not. It never signs anyone in.
 */
class ActionLinkViewTest extends PlacementViewTest {

    private ActionLinks links() {
        return context.getBean(ActionLinks.class);
    }

    private String personId(String username) {
        return context.getBean(PeopleDirectory.class).findByUsername(username).orElseThrow().id();
    }

    /** As a browser that arrives from a mail: nobody signed in. */
    private void anonymous() {
        SecurityContextHolder.clearContext();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
    }

    private void openLink(String token) {
        anonymous();
        navigate("link/" + token);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ActionLinkView.class);
    }

    private static String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    private static Button confirm() {
        return _get(Button.class, spec -> spec.withId("link-confirm"));
    }

    private PlacementView placement(String id) {
        return placements().get(as("coordinator"), id);
    }

    @Test
    void theSupervisorConfirmsTheStartWithoutSigningInAndTheLinkIsSpent() {
        String id = approved("student");
        String token = links().issue(personId("supervisor"), Purpose.START_PLACEMENT, id, null);

        openLink(token);
        assertThat(text("link-for")).isEqualTo("For Sam Supervisor");
        String details = _get(Div.class, spec -> spec.withId("link-details")).getElement().getTextRecursively();
        assertThat(details).contains("Alex Student", "Riverside Community Clinic", "Internship ");
        assertThat(confirm().getText()).isEqualTo("Confirm the start of Alex Student's placement");
        assertThat(text("link-terms")).contains("works once").contains("does not sign you in");

        _click(confirm());
        assertThat(text("link-done")).isEqualTo("Done: Alex Student's placement has started.");
        assertThat(_find(Button.class, spec -> spec.withId("link-confirm"))).isEmpty();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("nobody signed in").isNull();
        assertThat(VaadinSession.getCurrent().getSession().getAttribute("SPRING_SECURITY_CONTEXT")).isNull();
        assertThat(placement(id).status()).isEqualTo(PlacementStatus.ACTIVE);

        openLink(token);
        assertThat(text("link-refused")).isEqualTo("This link has already been used: it works only once.");
        assertThat(_find(Button.class, spec -> spec.withId("link-confirm"))).isEmpty();
    }

    @Test
    void aTamperedLinkSaysSoAndOffersNoButton() {
        String id = approved("student");
        String token = links().issue(personId("supervisor"), Purpose.START_PLACEMENT, id, null);

        openLink(token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA"));
        assertThat(text("link-refused")).startsWith("This link is not valid");
        assertThat(_find(Button.class, spec -> spec.withId("link-confirm"))).isEmpty();
        openLink("anything-at-all");
        assertThat(text("link-refused")).startsWith("This link is not valid");
        assertThat(placement(id).status()).isEqualTo(PlacementStatus.APPROVED);
    }

    @Test
    void aRefusalOfThePlacementsRulesShowsItsSentenceAndLeavesTheLinkToUseLater() {
        String id = applied("student-minor");
        placements().approve(as("coordinator"), id, null, null, null);
        String token = links().issue(personId("supervisor"), Purpose.START_PLACEMENT, id, null);

        openLink(token);
        _click(confirm());
        Paragraph problem = _get(Paragraph.class, spec -> spec.withId("link-problem"));
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("guardian's consent must be recorded");
        assertThat(confirm().isEnabled()).as("may be pressed again once consent is in").isTrue();
        assertThat(placement(id).status()).isEqualTo(PlacementStatus.APPROVED);

        placements().recordGuardianConsent(as("coordinator"), id, "Pat Parent", "parent", today());
        anonymous();
        _click(confirm());
        assertThat(text("link-done")).contains("has started");
        assertThat(placement(id).status()).isEqualTo(PlacementStatus.ACTIVE);
    }

    @Test
    void theSupervisorRatesTheSixSkillsAndConfirmsTheEvaluation() {
        String id = active("student");
        placements().end(as("supervisor"), id);
        String token = links().issue(personId("supervisor"), Purpose.SUBMIT_EVALUATION, id, null);

        openLink(token);
        assertThat(confirm().getText()).isEqualTo("Confirm the evaluation of Alex Student's durable skills");
        _click(confirm());
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("rating-critical-thinking")).getErrorMessage())
                .isEqualTo("Rate critical thinking from 1 to 4.");
        assertThat(confirm().isEnabled()).isTrue();
        assertThat(placement(id).evaluation()).isNull();

        anonymous();
        for (String skill : List.of("critical-thinking", "collaboration", "communication", "creativity",
                "growth-mindset", "professionalism")) {
            _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("rating-" + skill)), 3);
        }
        _click(confirm());
        assertThat(text("link-done")).isEqualTo("Done: your evaluation of Alex Student has been submitted.");
        assertThat(placement(id).evaluation()).isNotNull();
    }

    @Test
    void aGuardianSeesTheirChildsPlacementAndConfirmsTheirConsent() {
        PeopleDirectory people = context.getBean(PeopleDirectory.class);
        Person guardian = people.addPerson("g-" + UUID.randomUUID().toString().substring(0, 8), "Pat Parent", null,
                Role.GUARDIAN, null, null, null);
        context.getBean(UserAccounts.class).create(guardian.id(), "{noop}unusable");
        context.getBean(JdbcClient.class).sql("insert into guardian_student (guardian_id, student_id) values (?, ?)")
                .params(guardian.id(), personId("student-minor")).update();
        String id = applied("student-minor");
        placements().approve(as("coordinator"), id, null, null, null);
        String token = links().issue(guardian.id(), Purpose.GIVE_CONSENT, id, null);

        openLink(token);
        assertThat(text("link-for")).isEqualTo("For Pat Parent");
        String details = _get(Div.class, spec -> spec.withId("link-details")).getElement().getTextRecursively();
        assertThat(details).contains("Your child", "Taylor Student", "Riverside Community Clinic", "10 hours in all",
                Formats.day(today().minusDays(10)));
        assertThat(confirm().getText()).isEqualTo("Confirm your consent to Taylor Student's placement");

        _click(confirm());
        assertThat(text("link-done")).isEqualTo("Done: your consent to Taylor Student's placement has been recorded.");
        PlacementView p = placement(id);
        assertThat(p.guardianConsentId()).isNotNull();
        assertThat(placements().timeline(as("coordinator"), id)).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("GuardianConsentRecorded");
            assertThat(e.actorId()).isEqualTo(guardian.id());
            assertThat(e.source()).isEqualTo("email_link");
        });
    }

    @Test
    void aSignedInPersonWhoOpensALinkActsAsTheLinksPersonAndStaysWhoTheyWere() {
        String id = approved("student");
        String token = links().issue(personId("supervisor"), Purpose.START_PLACEMENT, id, null);
        Actor coordinator = as("coordinator");

        navigate("link/" + token);
        _click(confirm());

        assertThat(placements().timeline(coordinator, id)).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("PlacementStarted");
            assertThat(e.actorId()).isEqualTo(personId("supervisor"));
        });
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName()).isEqualTo("coordinator");
    }
}
