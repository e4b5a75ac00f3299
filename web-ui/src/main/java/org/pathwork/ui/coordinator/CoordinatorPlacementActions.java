package org.pathwork.ui.coordinator;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Notifications;
import org.pathwork.ui.common.EvaluationSummary;
import org.pathwork.ui.common.PendingHoursPanel;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.Person;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.query.PlacementView;

/**
 * What a coordinator can do on one placement's page, each a form of its own and offered only in the
 * statuses where the Placement aggregate accepts it: the facts about the applicant and the review
 * decision, guardian consent, reflections and pending hours, sign-off, the "More actions" menu
 * (suspend, resume, terminate) and the export of the audit timeline. Each form says what it wants
 * done; this class asks the placement service and, when it is done, draws the page again.
 */
public class CoordinatorPlacementActions extends VerticalLayout {

    /** Before the decision on an application. */
    private static final Set<PlacementStatus> UNDER_REVIEW = EnumSet.of(PlacementStatus.APPLIED,
            PlacementStatus.CHANGES_REQUESTED);
    /** Where reflections are reviewed and hours declined (the aggregate's "at work"). */
    private static final Set<PlacementStatus> AT_WORK = EnumSet.of(PlacementStatus.ACTIVE, PlacementStatus.SUSPENDED,
            PlacementStatus.ENDED);

    private final PlacementService placements;
    private final OpportunityService opportunities;
    private final PeopleDirectory people;
    private final Actor actor;
    private final PlacementView placement;
    private final Runnable refresh;

    public CoordinatorPlacementActions(PlacementService placements, OpportunityService opportunities,
                                       CurrentUser current, PeopleDirectory people, PlacementService.Details details,
                                       Runnable refresh) {
        this.placements = placements;
        this.opportunities = opportunities;
        this.people = people;
        this.actor = current.actor();
        this.placement = details.placement();
        this.refresh = refresh;
        setPadding(false);
        setId("coordinator-actions");

        PlacementStatus status = placement.status();
        if (UNDER_REVIEW.contains(status)) {
            add(new ApplicantFacts(placements.applicant(actor, placement.id())));
        }
        if (status == PlacementStatus.APPLIED) {
            add(reviewDecision());
        }
        if (status == PlacementStatus.APPROVED && placement.guardianConsentRequired()
                && placement.guardianConsentId() == null) {
            GuardianConsentForm consent = new GuardianConsentForm(placements.today());
            consent.addRecordedListener(e -> act("Guardian consent is recorded.", () -> placements.recordGuardianConsent(
                    actor, placement.id(), e.consent().guardianName(), e.consent().relationship(),
                    e.consent().consentedOn())));
            add(consent);
        }
        if (AT_WORK.contains(status)) {
            List<PlacementView.Reflection> awaiting = details.reflections().stream()
                    .filter(r -> "SUBMITTED".equals(r.state())).toList();
            for (int i = 0; i < awaiting.size(); i++) {
                add(reflectionReview(awaiting.get(i), i));
            }
            if (PendingHoursPanel.wanted(details)) {
                add(new PendingHoursPanel(placements, current, details, refresh));
            }
        }
        if (status == PlacementStatus.ENDED) {
            SignOffPanel signOff = new SignOffPanel(placement,
                    details.hours().stream().filter(PlacementView.HoursEntry::pending).count());
            placement.submittedEvaluation().ifPresent(evaluation -> signOff.showEvaluation(new EvaluationSummary(evaluation)));
            signOff.addSignedOffListener(e -> act("The placement is completed.",
                    () -> placements.complete(actor, placement.id(), e.comment())));
            add(signOff);
        }
        if (!MoreActionsMenu.allowedIn(status).isEmpty()) {
            MoreActionsMenu more = new MoreActionsMenu(status);
            more.addConfirmedListener(e -> {
                switch (e.action()) {
                    case SUSPEND -> act("The placement is suspended.", () -> placements.suspend(actor, placement.id(), e.reason()));
                    case RESUME -> act("The placement is active again.", () -> placements.resume(actor, placement.id()));
                    case TERMINATE -> act("The placement is terminated.", () -> placements.terminate(actor, placement.id(), e.reason()));
                }
            });
            add(more);
        }
        add(timelineExport());
    }

    private Component reviewDecision() {
        var opportunity = opportunities.get(actor, placement.opportunityId());
        List<Person> supervisors = opportunities.supervisors(actor, null);
        Map<String, String> employers = opportunities.employerPartners(actor).stream()
                .collect(Collectors.toMap(Organization::id, Organization::name));
        ReviewDecisionForm form = new ReviewDecisionForm(supervisors,
                p -> p.displayName() + (p.employerId() == null ? "" : " · " + employers.getOrDefault(p.employerId(), "")),
                supervisors.stream().filter(p -> p.id().equals(opportunity.supervisorId())).findFirst().orElse(null),
                opportunity.requiredHours());
        form.addDecidedListener(e -> {
            ReviewDecisionForm.Review review = e.review();
            switch (review.decision()) {
                case APPROVE -> act("The placement is approved.", () -> placements.approve(actor, placement.id(),
                        review.supervisor().id(), review.requiredHours(), review.comment()));
                case REQUEST_CHANGES -> act("The student has been asked to revise the application.",
                        () -> placements.requestChanges(actor, placement.id(), review.comment()));
                case REJECT -> act("The application is rejected.",
                        () -> placements.reject(actor, placement.id(), review.comment()));
            }
        });
        return form;
    }

    private Component reflectionReview(PlacementView.Reflection reflection, int index) {
        ReflectionReviewForm form = new ReflectionReviewForm(reflection, index);
        form.addReviewedListener(e -> {
            if (e.accepted()) {
                act("The reflection is accepted.", () -> placements.acceptReflection(actor, placement.id(),
                        reflection.reflectionId(), e.comment()));
            } else {
                act("The reflection is returned to the student.", () -> placements.returnReflection(actor,
                        placement.id(), reflection.reflectionId(), e.comment()));
            }
        });
        return form;
    }

    private Component timelineExport() {
        String placementId = placement.id();
        StreamResource csv = new StreamResource("placement-" + placementId + "-timeline.csv", () -> {
            String text = TimelineCsv.of(placements.timeline(actor, placementId), this::name);
            return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        });
        csv.setContentType("text/csv; charset=utf-8");
        Anchor download = new Anchor(csv, "Export the audit timeline (CSV)");
        download.setId("timeline-csv");
        download.getElement().setAttribute("download", true);
        return download;
    }

    /** Runs the action; on success the page is drawn again, on a refusal its sentence is shown and nothing changes. */
    private void act(String success, Runnable action) {
        if (Notifications.attempt(success, action)) {
            refresh.run();
        }
    }

    private String name(String personId) {
        if (personId == null || "system".equals(personId)) {
            return "Pathwork";
        }
        return people.findById(personId).map(Person::displayName).orElse("unknown");
    }
}
