package org.pathwork.ui.coordinator;

import static org.pathwork.ui.Forms.field;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import org.pathwork.ui.Focus;
import org.pathwork.workflow.placement.api.RecordGuardianConsent;

/**
 * The guardian's consent to a minor's placement, as the coordinator records it from the signed form:
 * who consented, how they are related to the student, and on which day (not in the future).
 */
public class GuardianConsentForm extends ActionSection {

    /** What was recorded; the name and relationship go to the people directory, never into an event. */
    public record Consent(String guardianName, String relationship, LocalDate consentedOn) {
    }

    public static final class RecordedEvent extends ComponentEvent<GuardianConsentForm> {
        private final Consent consent;

        RecordedEvent(GuardianConsentForm source, Consent consent) {
            super(source, false);
            this.consent = consent;
        }

        public Consent consent() {
            return consent;
        }
    }

    /** The form's fields, as the binder binds them. */
    static final class Values {
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

    /** @param today the last day consent may be dated */
    public GuardianConsentForm(LocalDate today) {
        super("Guardian consent");
        setId("guardian-consent-form");
        TextField name = field("Guardian's name", "consent-guardian-name",
                RecordGuardianConsent.MAX_GUARDIAN_NAME);
        TextField relationship = field("Relationship to the student", "consent-relationship",
                RecordGuardianConsent.MAX_RELATIONSHIP);
        relationship.setPlaceholder("mother, father, legal guardian…");
        DatePicker date = new DatePicker("Consent given on");
        date.setId("consent-date");

        Values values = new Values();
        values.setConsentedOn(today);
        Binder<Values> binder = new Binder<>();
        binder.forField(name).asRequired("Give the guardian's name.")
                .bind(Values::getGuardianName, Values::setGuardianName);
        binder.forField(relationship).asRequired("Give the guardian's relationship to the student.")
                .bind(Values::getRelationship, Values::setRelationship);
        binder.forField(date).asRequired("Give the day the guardian consented.")
                .withValidator(d -> !d.isAfter(today), "Consent cannot be dated in the future.")
                .bind(Values::getConsentedOn, Values::setConsentedOn);
        binder.setBean(values);

        Button record = new Button("Record consent", e -> {
            if (binder.validate().isOk()) {
                fireEvent(new RecordedEvent(this, new Consent(values.getGuardianName().strip(),
                        values.getRelationship().strip(), values.getConsentedOn())));
            } else {
                Focus.firstInvalid(name, relationship, date);
            }
        });
        record.setId("record-consent-button");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph("The student is a minor: record a guardian's consent before the placement starts."),
                new FormLayout(name, relationship, date), record);
    }

    public Registration addRecordedListener(ComponentEventListener<RecordedEvent> listener) {
        return addListener(RecordedEvent.class, listener);
    }
}
