package org.pathwork.ui.coordinator;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import org.pathwork.ui.Formats;
import org.pathwork.ui.common.PlacementDetailView;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.query.PlacementView;

/**
 * What the coordinator should know about the student before deciding on the application: their
 * age on the planned start (never the birth date), whether they are a minor and so need a guardian's
 * consent before the start, and their other applications to the same opportunity.
 */
class ApplicantFacts extends ActionSection {

    ApplicantFacts(PlacementService.Applicant applicant) {
        super("The applicant");
        setId("applicant-facts");

        Paragraph age = new Paragraph(applicant.ageAtStart() == null
                ? "Age unknown: the directory has no birth date for this student, and approval needs one."
                : "Age on the planned start (" + Formats.day(applicant.plannedStart()) + "): "
                        + applicant.ageAtStart() + " years");
        age.setId("applicant-age");
        add(age);
        if (applicant.minorAtStart()) {
            Span minor = new Span("Minor — guardian consent needed before the start");
            minor.setId("applicant-minor");
            minor.getElement().getThemeList().add("badge contrast");
            add(minor);
        }
        if (!applicant.otherApplications().isEmpty()) {
            boolean open = applicant.otherApplications().stream().anyMatch(p -> !p.status().isTerminal());
            Paragraph heading = new Paragraph(open
                    ? "This student has already applied to this opportunity:"
                    : "This student applied to this opportunity before:");
            heading.setId("other-applications-heading");
            UnorderedList list = new UnorderedList();
            list.setId("other-applications");
            applicant.otherApplications().forEach(p -> list.add(item(p)));
            add(heading, list);
        }
    }

    private static ListItem item(PlacementView other) {
        RouterLink open = new RouterLink("Open", PlacementDetailView.class, PlacementDetailView.parameters(other.id()));
        open.getElement().setAttribute("aria-label", "Open the application planned from " + Formats.day(other.plannedStart()));
        return new ListItem(new Span(inWords(other.status()) + " · planned " + Formats.day(other.plannedStart())
                + " to " + Formats.day(other.plannedEnd()) + " · "), open);
    }

    private static String inWords(PlacementStatus status) {
        return switch (status) {
            case APPLIED -> "Awaiting review";
            case CHANGES_REQUESTED -> "Waiting for the student's changes";
            default -> status.name().charAt(0) + status.name().substring(1).toLowerCase().replace('_', ' ');
        };
    }
}
