package org.pathwork.ui.link;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import org.pathwork.config.Zone;
import org.pathwork.ui.Formats;
import org.pathwork.ui.supervisor.EvaluationForm;
import org.pathwork.workflow.common.Forbidden;
import org.pathwork.workflow.common.NotFound;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.link.ActionLinks;
import org.pathwork.workflow.link.Asked;
import org.pathwork.workflow.link.Confirmation;
import org.pathwork.workflow.link.LinkRefused;
import org.pathwork.workflow.link.Purpose;
import org.pathwork.workflow.placement.query.PlacementView;

/**
 * The page a one-use link opens, for a supervisor or a guardian who has not signed in and need not:
 * for whom it is, what is asked and about which placement, and one button whose label begins with
 * "Confirm". Pressing it acts through {@link ActionLinks}; a link that cannot be used shows a
 * sentence saying why, and no button.
 * <p>
 * Unlike every other view it is open to anyone ({@code @AnonymousAllowed}): the link is the only
 * credential, and it is good for this one act. It sits outside {@code MainLayout}, so nothing
 * leads from here into Pathwork, and it never touches the security context: whoever opens it is
 * exactly as signed in afterwards as before. The token appears in no log line of ours (see
 * UnexpectedErrorView) and, with Referrer-Policy same-origin and nothing from other sites on the
 * page, is not handed to anyone else.
 */
@Route(ActionLinkView.ROUTE)
@PageTitle("Pathwork")
@AnonymousAllowed
public class ActionLinkView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = ActionLinks.PAGE + ":token";

    /**
     * Vaadin's button keeps its label on one line, cut short with an ellipsis on a phone; these
     * labels name a student and must be read whole.
     */
    private static final String WRAPPING_LABEL = "#link-confirm::part(label) { white-space: normal; }";

    private final ActionLinks links;
    private final Zone zone;
    private String token;

    public ActionLinkView(ActionLinks links, Zone zone) {
        this.links = links;
        this.zone = zone;
        setId("action-link");
        // a page of its own, outside the app's frame: it is its own main landmark, as the sign-in page is
        getElement().setAttribute("role", "main");
        setWidthFull();
        setMaxWidth("36rem");
        getStyle().set("margin", "0 auto").set("box-sizing", "border-box").set("overflow-wrap", "anywhere");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        try {
            show(links.open(token));
        } catch (LinkRefused refused) {
            refused(refused.getMessage());
        }
    }

    private void show(Asked asked) {
        removeAll();
        String student = asked.studentName();
        boolean guardian = asked.purpose() == Purpose.GIVE_CONSENT;
        H2 heading = new H2(switch (asked.purpose()) {
            case START_PLACEMENT -> "Start of a placement";
            case SUBMIT_EVALUATION -> "Final evaluation";
            case GIVE_CONSENT -> "Consent for a placement";
            case CONFIRM_HOURS -> "Hours to confirm";
        });
        heading.setId("link-heading");
        Paragraph forWhom = new Paragraph("For " + asked.personName());
        forWhom.setId("link-for");
        forWhom.getStyle().set("font-weight", "600");
        Paragraph what = new Paragraph(switch (asked.purpose()) {
            case START_PLACEMENT -> "Please confirm that " + student + " has started their placement with you. "
                    + "Today is recorded as its first day.";
            case SUBMIT_EVALUATION -> "Please rate the durable skills " + student + " showed during their placement "
                    + "with you. The student and their school will see your evaluation.";
            case GIVE_CONSENT -> student + "'s school asks for your consent, as their parent or guardian, to this "
                    + "work-based learning placement. The hours a minor may work are limited by law, and Pathwork "
                    + "holds the placement to those limits. If you do not agree, do not press the button; the "
                    + "school's coordinator can answer your questions.";
            case CONFIRM_HOURS -> student + " logged these hours with you. They count toward the placement once you "
                    + "confirm them. If any is wrong, do not press the button: decline it in Pathwork with a reason, "
                    + "or tell the school's coordinator.";
        });
        what.setId("link-what");
        add(heading, forWhom, what, details(asked, guardian));
        if (asked.purpose() == Purpose.CONFIRM_HOURS) {
            add(hours(asked.pendingHours()));
        }

        Optional<EvaluationForm> form = asked.purpose() == Purpose.SUBMIT_EVALUATION
                ? Optional.of(new EvaluationForm()) : Optional.empty();
        form.ifPresent(this::add);

        Paragraph problem = new Paragraph();
        problem.setId("link-problem");
        problem.setVisible(false);
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        Button confirm = new Button(switch (asked.purpose()) {
            case START_PLACEMENT -> "Confirm the start of " + student + "'s placement";
            case SUBMIT_EVALUATION -> "Confirm the evaluation of " + student + "'s durable skills";
            case GIVE_CONSENT -> "Confirm your consent to " + student + "'s placement";
            case CONFIRM_HOURS -> "Confirm " + (asked.pendingHours().size() == 1 ? "these hours"
                    : "these " + asked.pendingHours().size() + " entries") + " ("
                    + Formats.duration(asked.pendingHours().stream().mapToInt(PlacementView.HoursEntry::minutes).sum())
                    + ")";
        });
        confirm.setId("link-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        confirm.setWidthFull();
        confirm.getStyle().set("height", "auto").set("min-height", "var(--lumo-size-l)")
                .set("padding-top", "var(--lumo-space-s)").set("padding-bottom", "var(--lumo-space-s)");
        confirm.setDisableOnClick(true);
        confirm.addClickListener(e -> confirmation(asked, form).ifPresentOrElse(
                c -> press(asked, c, confirm, problem), () -> confirm.setEnabled(true)));
        Element style = new Element("style");
        style.setText(WRAPPING_LABEL);
        getElement().appendChild(style);

        Paragraph terms = new Paragraph("This link works once, until " + Formats.moment(asked.expiresAt(), zone.id())
                + ". It does not sign you in to Pathwork.");
        terms.setId("link-terms");
        terms.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        add(problem, confirm, terms);
    }

    /** What the person confirms; empty while the evaluation form lacks a rating (it says which). */
    private static Optional<Confirmation> confirmation(Asked asked, Optional<EvaluationForm> form) {
        return switch (asked.purpose()) {
            case START_PLACEMENT -> Optional.of(new Confirmation.Start());
            case SUBMIT_EVALUATION -> form.orElseThrow().read()
                    .map(filled -> new Confirmation.Evaluation(filled.ratings(), filled.comment()));
            case GIVE_CONSENT -> Optional.of(new Confirmation.Consent());
            case CONFIRM_HOURS -> Optional.of(new Confirmation.Hours(asked.pendingHours().stream()
                    .map(PlacementView.HoursEntry::entryId).toList()));
        };
    }

    /** The waiting entries, one line each: the day with its weekday, how long, what was done. */
    private static Component hours(List<PlacementView.HoursEntry> entries) {
        Div list = new Div();
        list.setId("link-hours");
        for (PlacementView.HoursEntry h : entries) {
            line(list, Formats.day(h.date()) + " · " + Formats.duration(h.minutes()), h.activity());
        }
        return list;
    }

    /** The placement as a short list of labelled lines. */
    private static Component details(Asked asked, boolean guardian) {
        Div list = new Div();
        list.setId("link-details");
        line(list, guardian ? "Your child" : "Student", asked.studentName());
        line(list, "Opportunity", asked.opportunityTitle());
        line(list, "Employer", asked.employerName());
        line(list, "Dates", Formats.day(asked.plannedStart()) + " to " + Formats.day(asked.plannedEnd()));
        if (asked.requiredHours() != null) {
            line(list, "Hours", asked.requiredHours() + " hours in all");
        }
        return list;
    }

    private static void line(Div list, String label, String value) {
        Span name = new Span(label);
        name.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        Span text = new Span(value);
        text.getStyle().set("display", "block").set("margin-bottom", "var(--lumo-space-s)");
        list.add(name, text);
    }

    private void press(Asked asked, Confirmation confirmation, Button confirm, Paragraph problem) {
        try {
            links.use(token, confirmation);
        } catch (LinkRefused refused) {
            refused(refused.getMessage());
            return;
        } catch (RuleViolation | Forbidden | NotFound notNow) {
            // the placement's rules said no: nothing changed and the link still works
            problem.setText(notNow.getMessage());
            problem.setVisible(true);
            confirm.setEnabled(true);
            return;
        }
        done(switch (asked.purpose()) {
            case START_PLACEMENT -> "Done: " + asked.studentName() + "'s placement has started.";
            case SUBMIT_EVALUATION -> "Done: your evaluation of " + asked.studentName() + " has been submitted.";
            case GIVE_CONSENT -> "Done: your consent to " + asked.studentName() + "'s placement has been recorded.";
            case CONFIRM_HOURS -> "Done: " + asked.studentName() + "'s hours are confirmed and count toward the placement.";
        });
    }

    private void done(String sentence) {
        token = null;
        removeAll();
        Paragraph done = new Paragraph(sentence);
        done.setId("link-done");
        done.getStyle().set("font-size", "var(--lumo-font-size-l)");
        add(new H2("Thank you"), done, new Paragraph("You can close this page."));
    }

    private void refused(String sentence) {
        token = null;
        removeAll();
        H2 heading = new H2("This link cannot be used");
        heading.setId("link-heading");
        Paragraph why = new Paragraph(sentence);
        why.setId("link-refused");
        add(heading, why, new Paragraph("Nothing has been changed. If something is still asked of you, the school's "
                + "coordinator can tell you how to do it."));
    }
}
