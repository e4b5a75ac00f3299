package org.pathwork.ui.coordinator;

import static org.pathwork.ui.Forms.MAX_REASON;
import static org.pathwork.ui.Forms.area;
import static org.pathwork.ui.Forms.blank;
import static org.pathwork.ui.Forms.field;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Forms;
import org.pathwork.ui.Formats;
import org.pathwork.ui.Notifications;
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
 * What a coordinator can do on one placement's page, offered only where the placement's status
 * allows it: review an application, record guardian consent, review reflections, sign off, suspend,
 * resume or terminate, and export the audit timeline.
 */
public class CoordinatorPlacementActions extends VerticalLayout {

    static final int MAX_REQUIRED_HOURS = 2_000;

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
        if (status == PlacementStatus.APPLIED) {
            add(new H3("Review the application"), approveForm(), rejectForm(), requestChangesForm());
        }
        if (status == PlacementStatus.APPROVED && placement.guardianConsentRequired()
                && placement.guardianConsentId() == null) {
            add(guardianConsentForm());
        }
        List<PlacementView.Reflection> awaiting = details.reflections().stream()
                .filter(r -> "SUBMITTED".equals(r.state())).toList();
        for (int i = 0; i < awaiting.size(); i++) {
            add(reflectionReview(awaiting.get(i), i));
        }
        if (!status.isTerminal() && PendingHoursPanel.wanted(details)) {
            add(new PendingHoursPanel(placements, current, details, refresh));
        }
        if (status == PlacementStatus.ENDED) {
            add(signOff(details.hours().stream().filter(PlacementView.HoursEntry::pending).count()));
        }
        if (status == PlacementStatus.ACTIVE) {
            add(suspendForm());
        }
        if (status == PlacementStatus.SUSPENDED) {
            Button resume = new Button("Resume the placement", e -> act("The placement is active again.",
                    () -> placements.resume(actor, placement.id())));
            resume.setId("resume-button");
            add(resume);
        }
        if (!status.isTerminal()) {
            add(terminateForm());
        }
        add(timelineExport());
    }

    // --- the application ---------------------------------------------------------------------------

    static final class ApproveForm {
        private Person supervisor;
        private Integer requiredHours;
        private String comment = "";

        Person getSupervisor() { return supervisor; }
        void setSupervisor(Person s) { supervisor = s; }
        Integer getRequiredHours() { return requiredHours; }
        void setRequiredHours(Integer h) { requiredHours = h; }
        String getComment() { return comment; }
        void setComment(String c) { comment = c; }
    }

    private Component approveForm() {
        var opportunity = opportunities.get(actor, placement.opportunityId());
        List<Person> supervisors = opportunities.supervisors(actor, null);
        ComboBox<Person> supervisor = new ComboBox<>("Workplace supervisor", supervisors);
        supervisor.setId("approve-supervisor");
        Map<String, String> employers = opportunities.employerPartners(actor).stream()
                .collect(Collectors.toMap(Organization::id, Organization::name));
        supervisor.setItemLabelGenerator(p -> p.displayName()
                + (p.employerId() == null ? "" : " · " + employers.getOrDefault(p.employerId(), "")));
        IntegerField hours = new IntegerField("Required hours");
        hours.setId("approve-required-hours");
        hours.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        TextArea comment = area("Comment to the student (optional)", "approve-comment", MAX_REASON);

        ApproveForm form = new ApproveForm();
        form.setSupervisor(supervisors.stream().filter(p -> p.id().equals(opportunity.supervisorId())).findFirst()
                .orElse(null));
        form.setRequiredHours(opportunity.requiredHours());
        Binder<ApproveForm> binder = new Binder<>();
        binder.forField(supervisor).asRequired("Choose the workplace supervisor.")
                .bind(ApproveForm::getSupervisor, ApproveForm::setSupervisor);
        binder.forField(hours).asRequired("Give the hours the student must work.")
                .withValidator(h -> h >= 1 && h <= MAX_REQUIRED_HOURS, "Between 1 and " + MAX_REQUIRED_HOURS + " hours.")
                .bind(ApproveForm::getRequiredHours, ApproveForm::setRequiredHours);
        binder.forField(comment).bind(ApproveForm::getComment, ApproveForm::setComment);
        binder.setBean(form);

        Button approve = new Button("Approve", e -> {
            if (binder.validate().isOk()) {
                act("The placement is approved.", () -> placements.approve(actor, placement.id(),
                        form.getSupervisor().id(), form.getRequiredHours(),
                        blank(form.getComment()) ? null : form.getComment().strip()));
            }
        });
        approve.setId("approve-button");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        FormLayout layout = new FormLayout(supervisor, hours, comment);
        layout.setColspan(comment, 2);
        return section("Approve", layout, approve);
    }

    private Component rejectForm() {
        return textAction("Reject", "Reason for the student", "reject-reason", "reject-button",
                "Give the student a reason.", "Reject", ButtonVariant.LUMO_ERROR, "The application is rejected.",
                reason -> placements.reject(actor, placement.id(), reason));
    }

    private Component requestChangesForm() {
        return textAction("Request changes", "What should the student change?", "changes-comment",
                "request-changes-button", "Say what the student should change.", "Request changes", null,
                "The student has been asked to revise the application.",
                comment -> placements.requestChanges(actor, placement.id(), comment));
    }

    // --- guardian consent ---------------------------------------------------------------------------

    static final class ConsentForm {
        private String guardianName = "";
        private String relationship = "";
        private LocalDate consentedOn;

        String getGuardianName() { return guardianName; }
        void setGuardianName(String n) { guardianName = n; }
        String getRelationship() { return relationship; }
        void setRelationship(String r) { relationship = r; }
        LocalDate getConsentedOn() { return consentedOn; }
        void setConsentedOn(LocalDate d) { consentedOn = d; }
    }

    private Component guardianConsentForm() {
        TextField name = field("Guardian's name", "consent-guardian-name", 200);
        TextField relationship = field("Relationship to the student", "consent-relationship", 100);
        relationship.setPlaceholder("mother, father, legal guardian…");
        DatePicker date = new DatePicker("Consent given on");
        date.setId("consent-date");
        LocalDate today = placements.today();
        ConsentForm form = new ConsentForm();
        form.setConsentedOn(today);
        Binder<ConsentForm> binder = new Binder<>();
        binder.forField(name).asRequired("Give the guardian's name.")
                .bind(ConsentForm::getGuardianName, ConsentForm::setGuardianName);
        binder.forField(relationship).asRequired("Give the guardian's relationship to the student.")
                .bind(ConsentForm::getRelationship, ConsentForm::setRelationship);
        binder.forField(date).asRequired("Give the day the guardian consented.")
                .withValidator(d -> !d.isAfter(today), "Consent cannot be dated in the future.")
                .bind(ConsentForm::getConsentedOn, ConsentForm::setConsentedOn);
        binder.setBean(form);
        Button record = new Button("Record consent", e -> {
            if (binder.validate().isOk()) {
                act("Guardian consent is recorded.", () -> placements.recordGuardianConsent(actor, placement.id(),
                        form.getGuardianName(), form.getRelationship(), form.getConsentedOn()));
            }
        });
        record.setId("record-consent-button");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return section("Guardian consent",
                new Paragraph("The student is a minor: record a guardian's consent before the placement starts."),
                new FormLayout(name, relationship, date), record);
    }

    // --- reflections -------------------------------------------------------------------------------

    private Component reflectionReview(PlacementView.Reflection reflection, int index) {
        TextArea comment = area("Comment to the student", "reflection-comment-" + index, MAX_REASON);
        Forms.Text form = new Forms.Text();
        Binder<Forms.Text> binder = new Binder<>();
        binder.forField(comment).bind(Forms.Text::getValue, Forms.Text::setValue);
        binder.setBean(form);
        Button accept = new Button("Accept", e -> act("The reflection is accepted.",
                () -> placements.acceptReflection(actor, placement.id(), reflection.reflectionId(),
                        blank(form.getValue()) ? null : form.getValue().strip())));
        accept.setId("accept-reflection-" + index);
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button giveBack = new Button("Return for another draft", e -> {
            if (blank(form.getValue())) {
                comment.setInvalid(true);
                comment.setErrorMessage("Tell the student what to improve.");
                return;
            }
            act("The reflection is returned to the student.", () -> placements.returnReflection(actor,
                    placement.id(), reflection.reflectionId(), form.getValue().strip()));
        });
        giveBack.setId("return-reflection-" + index);
        comment.addValueChangeListener(e -> comment.setInvalid(false));
        Paragraph text = new Paragraph(reflection.text());
        text.getStyle().set("white-space", "pre-wrap");
        return section(reflection.finalReflection() ? "Final reflection awaiting review" : "Journal reflection awaiting review",
                text, comment, new Div(accept, giveBack));
    }

    // --- completion ---------------------------------------------------------------------------------

    /** @param waitingEntries the student's hours entries that wait for the supervisor: none may, at sign-off */
    private Component signOff(long waitingEntries) {
        UnorderedList criteria = new UnorderedList();
        criteria.setId("completion-criteria");
        int required = placement.requiredHours() == null ? 0 : placement.requiredHours();
        List<String> missing = new ArrayList<>();
        boolean hoursMet = placement.loggedMinutes() >= required * 60;
        boolean reflectionMet = "ACCEPTED".equals(placement.finalReflectionState());
        boolean evaluationMet = placement.evaluation() != null;
        criteria.add(criterion(hoursMet, "Hours: " + Formats.duration(placement.loggedMinutes()) + " logged of "
                + required + " h required"));
        criteria.add(criterion(reflectionMet, "Final reflection accepted"));
        criteria.add(criterion(evaluationMet, "Supervisor's evaluation submitted"));
        if (waitingEntries > 0) {
            criteria.add(criterion(false, waitingEntries + " hours " + (waitingEntries == 1 ? "entry waits" : "entries wait")
                    + " for the supervisor's confirmation"));
            missing.add("a decision on the hours waiting for confirmation");
        }
        if (!hoursMet) missing.add("hours");
        if (!reflectionMet) missing.add("the accepted final reflection");
        if (!evaluationMet) missing.add("the supervisor's evaluation");
        Paragraph verdict = new Paragraph(missing.isEmpty() ? "Everything needed for completion is there."
                : "Missing: " + String.join(", ", missing) + ".");
        verdict.setId("completion-missing");
        TextArea comment = area("Comment (optional)", "sign-off-comment", MAX_REASON);
        Button signOff = new Button("Sign off completion", e -> act("The placement is completed.",
                () -> placements.complete(actor, placement.id(), blank(comment.getValue()) ? null : comment.getValue().strip())));
        signOff.setId("sign-off-button");
        signOff.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        return section("Sign off completion", criteria, verdict, comment, signOff);
    }

    private static ListItem criterion(boolean met, String text) {
        ListItem item = new ListItem((met ? "✔ " : "✘ ") + text);
        item.getStyle().set("color", met ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        return item;
    }

    // --- stopping and restarting --------------------------------------------------------------------

    private Component suspendForm() {
        return textAction("Suspend", "Reason for suspending", "suspend-reason", "suspend-button",
                "Give a reason for suspending the placement.", "Suspend", null, "The placement is suspended.",
                reason -> placements.suspend(actor, placement.id(), reason));
    }

    private Component terminateForm() {
        TextArea reason = area("Reason for terminating", "terminate-reason", MAX_REASON);
        Forms.Text form = new Forms.Text();
        Binder<Forms.Text> binder = new Binder<>();
        binder.forField(reason).asRequired("Give a reason for terminating the placement.")
                .bind(Forms.Text::getValue, Forms.Text::setValue);
        binder.setBean(form);
        Button terminate = new Button("Terminate…", e -> {
            if (binder.validate().isOk()) {
                confirmTermination(form.getValue().strip());
            }
        });
        terminate.setId("terminate-button");
        terminate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return section("Terminate", reason, terminate);
    }

    private void confirmTermination(String reason) {
        Dialog dialog = new Dialog();
        dialog.setId("terminate-dialog");
        dialog.setHeaderTitle("Terminate this placement?");
        dialog.add(new Paragraph("The placement stops for good and its seat is given back. This cannot be undone."));
        Button confirm = new Button("Terminate", e -> {
            dialog.close();
            act("The placement is terminated.", () -> placements.terminate(actor, placement.id(), reason));
        });
        confirm.setId("terminate-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button("Keep it", e -> dialog.close());
        cancel.setId("terminate-cancel");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    // --- audit ---------------------------------------------------------------------------------------

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

    // --- helpers ------------------------------------------------------------------------------------

    private Component textAction(String title, String label, String fieldId, String buttonId, String requiredMessage,
                                 String buttonText, ButtonVariant variant, String success,
                                 java.util.function.Consumer<String> action) {
        TextArea text = area(label, fieldId, MAX_REASON);
        Forms.Text form = new Forms.Text();
        Binder<Forms.Text> binder = new Binder<>();
        binder.forField(text).asRequired(requiredMessage)
                .withValidator(t -> !t.isBlank(), requiredMessage)
                .bind(Forms.Text::getValue, Forms.Text::setValue);
        binder.setBean(form);
        Button button = new Button(buttonText, e -> {
            if (binder.validate().isOk()) {
                act(success, () -> action.accept(form.getValue().strip()));
            }
        });
        button.setId(buttonId);
        if (variant != null) {
            button.addThemeVariants(variant);
        }
        return section(title, text, button);
    }

    private static Component section(String title, Component... content) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        box.add(new H4(title));
        box.add(content);
        box.getStyle().set("max-width", "48rem");
        return box;
    }

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
