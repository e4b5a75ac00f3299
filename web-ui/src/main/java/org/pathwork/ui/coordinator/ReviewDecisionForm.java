package org.pathwork.ui.coordinator;

import static org.pathwork.workflow.placement.api.ApprovePlacement.MAX_REQUIRED_HOURS;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.Function;
import org.pathwork.ui.Focus;
import org.pathwork.ui.TextBox;
import org.pathwork.workflow.people.Person;
import org.pathwork.workflow.placement.api.ApprovePlacement;
import org.pathwork.workflow.placement.api.RejectApplication;
import org.pathwork.workflow.placement.api.RequestChanges;

/**
 * The coordinator's one decision on an application: approve (with the workplace supervisor and the
 * hours the student must work), request changes or reject, with one comment to the student that
 * the last two cannot go without. The fields, the comment's label and the button follow the choice;
 * input the form refuses is marked next to its field, gets the focus, and sends nothing.
 */
public class ReviewDecisionForm extends ActionSection {

    public enum Decision {
        APPROVE("Approve"), REQUEST_CHANGES("Request changes"), REJECT("Reject");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What was decided: supervisor and hours only when approving; the comment stripped, null when left out. */
    public record Review(Decision decision, Person supervisor, Integer requiredHours, String comment) {
    }

    /** The coordinator submitted a decision the form accepts. */
    public static final class DecidedEvent extends ComponentEvent<ReviewDecisionForm> {
        private final Review review;

        DecidedEvent(ReviewDecisionForm source, Review review) {
            super(source, false);
            this.review = review;
        }

        public Review review() {
            return review;
        }
    }

    /** The approval's fields, as the binder binds them. */
    static final class Approval {
        private Person supervisor;
        private Integer requiredHours;

        Person getSupervisor() { return supervisor; }
        void setSupervisor(Person s) { supervisor = s; }
        Integer getRequiredHours() { return requiredHours; }
        void setRequiredHours(Integer h) { requiredHours = h; }
    }

    /**
     * The one comment goes with whichever decision is chosen, and the choice may change after it is
     * written: it holds what every one of the three commands takes.
     */
    private static final int MAX_COMMENT = Math.min(ApprovePlacement.MAX_COMMENT,
            Math.min(RequestChanges.MAX_COMMENT, RejectApplication.MAX_REASON));

    private final RadioButtonGroup<Decision> decision = new RadioButtonGroup<>("Your decision");
    private final ComboBox<Person> supervisor;
    private final IntegerField hours = new IntegerField("Required hours");
    private final FormLayout approvalFields;
    private final TextBox comment = TextBox.optional("Comment to the student (optional)", "review-comment", MAX_COMMENT);
    private final Button submit = new Button("Record the decision");
    private final Binder<Approval> approval = new Binder<>();
    private final Approval approvalValues = new Approval();

    /**
     * @param supervisors      whom the coordinator may assign
     * @param supervisorLabel  how each is named in the list (with their employer)
     * @param defaultSupervisor the opportunity's supervisor, chosen to begin with (may be null)
     * @param defaultHours     the opportunity's required hours, to begin with (may be null)
     */
    public ReviewDecisionForm(List<Person> supervisors, Function<Person, String> supervisorLabel,
                              Person defaultSupervisor, Integer defaultHours) {
        super("Review the application");
        setId("review-decision-form");

        decision.setId("review-decision");
        decision.setItems(Decision.values());
        decision.setItemLabelGenerator(Decision::label);
        decision.setRequiredIndicatorVisible(true);
        decision.addValueChangeListener(e -> follow(e.getValue()));

        supervisor = new ComboBox<>("Workplace supervisor", supervisors);
        supervisor.setId("approve-supervisor");
        supervisor.setItemLabelGenerator(supervisorLabel::apply);
        hours.setId("approve-required-hours");
        hours.setValueChangeMode(ValueChangeMode.EAGER);
        approval.forField(supervisor).asRequired("Choose the workplace supervisor.")
                .bind(Approval::getSupervisor, Approval::setSupervisor);
        approval.forField(hours).asRequired("Give the hours the student must work.")
                .withValidator(h -> h >= 1 && h <= MAX_REQUIRED_HOURS, "Between 1 and " + MAX_REQUIRED_HOURS + " hours.")
                .bind(Approval::getRequiredHours, Approval::setRequiredHours);
        approvalValues.setSupervisor(defaultSupervisor);
        approvalValues.setRequiredHours(defaultHours);
        approval.setBean(approvalValues);
        approvalFields = new FormLayout(supervisor, hours);
        approvalFields.setId("approve-fields");
        approvalFields.setVisible(false);

        submit.setId("review-submit");
        submit.addClickListener(e -> submit());
        add(decision, approvalFields, comment, submit);
    }

    public Registration addDecidedListener(ComponentEventListener<DecidedEvent> listener) {
        return addListener(DecidedEvent.class, listener);
    }

    /** The fields, the comment and the button as the chosen decision needs them. */
    private void follow(Decision chosen) {
        decision.setInvalid(false);
        approvalFields.setVisible(chosen == Decision.APPROVE);
        submit.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_ERROR);
        submit.setText(chosen == null ? "Record the decision" : chosen.label());
        if (chosen == null) {
            return;
        }
        switch (chosen) {
            case APPROVE -> {
                comment.setLabel("Comment to the student (optional)");
                comment.makeOptional();
                submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            }
            case REQUEST_CHANGES -> {
                comment.setLabel("What should the student change?");
                comment.require("Say what the student should change.");
                submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            case REJECT -> {
                comment.setLabel("Reason for the student");
                comment.require("Give the student a reason.");
                submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            }
        }
    }

    private void submit() {
        Decision chosen = decision.getValue();
        if (chosen == null) {
            decision.setErrorMessage("Choose approve, request changes or reject.");
            decision.setInvalid(true);
            Focus.on(decision);
            return;
        }
        boolean approvalOk = chosen != Decision.APPROVE || approval.validate().isOk();
        boolean commentOk = comment.check();
        if (!approvalOk || !commentOk) {
            Focus.firstInvalid(supervisor, hours, comment);
            return;
        }
        fireEvent(new DecidedEvent(this, chosen == Decision.APPROVE
                ? new Review(chosen, approvalValues.getSupervisor(), approvalValues.getRequiredHours(), comment.text())
                : new Review(chosen, null, null, comment.text())));
    }
}
