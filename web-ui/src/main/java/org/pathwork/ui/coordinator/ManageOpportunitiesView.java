package org.pathwork.ui.coordinator;

import static org.pathwork.ui.Forms.area;
import static org.pathwork.ui.Forms.blank;
import static org.pathwork.ui.Forms.field;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Formats;
import org.pathwork.ui.MainLayout;
import org.pathwork.ui.Notifications;
import org.pathwork.ui.Responsive;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.opportunity.api.CareerClusters;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.PublishOpportunity;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.opportunity.query.OpportunityView;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.Person;

/** Opportunities with their seats, created and revised here, and the employer partners that offer them. */
@Route(value = "manage-opportunities", layout = MainLayout.class)
@PageTitle("Opportunities and partners · Pathwork")
@RolesAllowed("COORDINATOR")
public class ManageOpportunitiesView extends VerticalLayout {

    private final OpportunityService opportunities;
    private final Actor actor;
    private final Grid<OpportunityView> grid = new Grid<>();
    private final Grid<Organization> partners = new Grid<>();
    private Map<String, String> employerNames = Map.of();

    public ManageOpportunitiesView(OpportunityService opportunities, CurrentUser current) {
        this.opportunities = opportunities;
        this.actor = current.actor();
        reloadPartners();

        Button create = new Button("New opportunity", e -> openEditor(null));
        create.setId("new-opportunity");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout heading = new HorizontalLayout(new H2("Opportunities"), create);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(heading);

        grid.setId("opportunities-grid");
        Grid.Column<OpportunityView> title = grid.addColumn(OpportunityView::title).setHeader("Title").setFlexGrow(2);
        grid.addColumn(o -> employerNames.getOrDefault(o.employerId(), "")).setHeader("Employer");
        grid.addColumn(OpportunityView::careerCluster).setHeader("Career cluster");
        grid.addColumn(o -> words(o.stage().name())).setHeader("Stage");
        grid.addColumn(o -> words(o.type().name())).setHeader("Type");
        grid.addColumn(o -> o.paid() ? "paid" : "unpaid").setHeader("Paid").setAutoWidth(true);
        grid.addColumn(OpportunityView::seats).setHeader("Seats").setAutoWidth(true);
        Grid.Column<OpportunityView> seatsLeft = grid.addColumn(OpportunityView::seatsLeft).setHeader("Seats left")
                .setAutoWidth(true);
        Grid.Column<OpportunityView> editColumn = grid.addComponentColumn(o -> {
            Button edit = new Button("Edit", e -> openEditor(o));
            edit.setId("edit-" + o.id());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return edit;
        }).setHeader(PlacementColumns.ACTIONS).setKey("edit").setAutoWidth(true).setFlexGrow(0);
        Responsive.phoneColumns(grid, title, seatsLeft, editColumn);
        grid.setItems(query -> opportunities.list(actor, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, opportunities.count(actor)));
        grid.setHeight("24rem");
        add(grid);

        add(new H3("Employer partners"));
        TextField name = field("New employer partner", "partner-name", Organization.MAX_NAME);
        Button addPartner = new Button("Add partner", e -> {
            if (blank(name.getValue())) {
                name.setInvalid(true);
                name.setErrorMessage("Give the employer partner's name.");
                return;
            }
            if (Notifications.attempt("The employer partner is added.",
                    () -> opportunities.addEmployerPartner(actor, name.getValue()))) {
                name.clear();
                reloadPartners();
            }
        });
        addPartner.setId("add-partner");
        name.addValueChangeListener(e -> name.setInvalid(false));
        HorizontalLayout addRow = new HorizontalLayout(name, addPartner);
        addRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        addRow.setWrap(true);
        partners.setId("partners-grid");
        partners.addColumn(Organization::name).setHeader("Employer partner");
        partners.addColumn(o -> opportunities.supervisors(actor, o.id()).stream().map(Person::displayName)
                .collect(Collectors.joining(", "))).setHeader("Supervisors").setFlexGrow(2);
        partners.setAllRowsVisible(true);
        add(addRow, partners);
    }

    private void reloadPartners() {
        List<Organization> employers = opportunities.employerPartners(actor);
        employerNames = employers.stream().collect(Collectors.toMap(Organization::id, Organization::name));
        partners.setItems(employers);
    }

    /** What the opportunity form edits; becomes a NewOpportunity or a Revision only when valid. */
    static final class OpportunityForm {
        private String title = "";
        private Organization employer;
        private String description = "";
        private String careerCluster = "";
        private Stage stage = Stage.EXPLORATION;
        private OpportunityType type = OpportunityType.INTERNSHIP;
        private boolean paid;
        private Integer seats = 1;
        private Integer minimumAge = 14;
        private Person supervisor;
        private Integer requiredHours = 40;

        String getTitle() { return title; }
        void setTitle(String v) { title = v; }
        Organization getEmployer() { return employer; }
        void setEmployer(Organization v) { employer = v; }
        String getDescription() { return description; }
        void setDescription(String v) { description = v; }
        String getCareerCluster() { return careerCluster; }
        void setCareerCluster(String v) { careerCluster = v; }
        Stage getStage() { return stage; }
        void setStage(Stage v) { stage = v; }
        OpportunityType getType() { return type; }
        void setType(OpportunityType v) { type = v; }
        boolean isPaid() { return paid; }
        void setPaid(boolean v) { paid = v; }
        Integer getSeats() { return seats; }
        void setSeats(Integer v) { seats = v; }
        Integer getMinimumAge() { return minimumAge; }
        void setMinimumAge(Integer v) { minimumAge = v; }
        Person getSupervisor() { return supervisor; }
        void setSupervisor(Person v) { supervisor = v; }
        Integer getRequiredHours() { return requiredHours; }
        void setRequiredHours(Integer v) { requiredHours = v; }
    }

    private void openEditor(OpportunityView existing) {
        Dialog dialog = new Dialog();
        dialog.setId("opportunity-dialog");
        dialog.setHeaderTitle(existing == null ? "New opportunity" : "Edit " + existing.title());
        dialog.setWidth("min(48rem, 100vw)");

        TextField title = field("Title", "opportunity-title", PublishOpportunity.MAX_TITLE);
        ComboBox<Organization> employer = new ComboBox<>("Employer partner", opportunities.employerPartners(actor));
        employer.setId("opportunity-employer");
        employer.setItemLabelGenerator(Organization::name);
        TextArea description = area("Description", "opportunity-description", PublishOpportunity.MAX_DESCRIPTION);
        ComboBox<String> cluster = new ComboBox<>("Career cluster", CareerClusters.NAMES);
        cluster.setId("opportunity-career-cluster");
        Select<Stage> stage = new Select<>();
        stage.setLabel("Stage");
        stage.setId("opportunity-stage");
        stage.setItems(Stage.values());
        stage.setItemLabelGenerator(s -> words(s.name()));
        Select<OpportunityType> type = new Select<>();
        type.setLabel("Type");
        type.setId("opportunity-type");
        type.setItems(OpportunityType.values());
        type.setItemLabelGenerator(t -> words(t.name()));
        Checkbox paid = new Checkbox("Paid");
        paid.setId("opportunity-paid");
        IntegerField seats = number("Seats", "opportunity-seats");
        IntegerField minimumAge = number("Minimum age", "opportunity-minimum-age");
        ComboBox<Person> supervisor = new ComboBox<>("Workplace supervisor (optional)");
        supervisor.setId("opportunity-supervisor");
        supervisor.setItemLabelGenerator(Person::displayName);
        supervisor.setClearButtonVisible(true);
        IntegerField hours = number("Required hours", "opportunity-required-hours");

        int taken = existing == null ? 0 : existing.seats() - existing.seatsLeft();
        OpportunityForm form = new OpportunityForm();
        if (existing != null) {
            form.setTitle(existing.title());
            form.setEmployer(employer.getListDataView().getItems()
                    .filter(o -> o.id().equals(existing.employerId())).findFirst().orElse(null));
            form.setDescription(existing.description() == null ? "" : existing.description());
            form.setCareerCluster(existing.careerCluster());
            form.setStage(existing.stage());
            form.setType(existing.type());
            form.setPaid(existing.paid());
            form.setSeats(existing.seats());
            form.setMinimumAge(existing.minimumAge());
            form.setRequiredHours(existing.requiredHours());
            employer.setReadOnly(true);
        }
        supervisorsFor(supervisor, form.getEmployer());
        if (existing != null && existing.supervisorId() != null) {
            form.setSupervisor(supervisor.getListDataView().getItems()
                    .filter(p -> p.id().equals(existing.supervisorId())).findFirst().orElse(null));
        }
        employer.addValueChangeListener(e -> {
            if (e.isFromClient() || !employer.isReadOnly()) {
                supervisor.clear();
                supervisorsFor(supervisor, e.getValue());
            }
        });

        Binder<OpportunityForm> binder = new Binder<>();
        binder.forField(title).asRequired("Give the opportunity a title.")
                .withValidator(t -> !t.isBlank(), "Give the opportunity a title.")
                .bind(OpportunityForm::getTitle, OpportunityForm::setTitle);
        binder.forField(employer).asRequired("Choose the employer partner.")
                .bind(OpportunityForm::getEmployer, OpportunityForm::setEmployer);
        binder.forField(description).bind(OpportunityForm::getDescription, OpportunityForm::setDescription);
        binder.forField(cluster).asRequired("Choose the career cluster.")
                .bind(OpportunityForm::getCareerCluster, OpportunityForm::setCareerCluster);
        binder.forField(stage).asRequired("Choose the stage.").bind(OpportunityForm::getStage, OpportunityForm::setStage);
        binder.forField(type).asRequired("Choose the type.").bind(OpportunityForm::getType, OpportunityForm::setType);
        binder.forField(paid).bind(OpportunityForm::isPaid, OpportunityForm::setPaid);
        binder.forField(seats).asRequired("Give the number of seats.")
                .withValidator(n -> n >= 1 && n <= PublishOpportunity.MAX_SEATS,
                        "Between 1 and " + Formats.number(PublishOpportunity.MAX_SEATS) + " seats.")
                .withValidator(n -> n >= taken, taken + " seats are taken by placements; there cannot be fewer.")
                .bind(OpportunityForm::getSeats, OpportunityForm::setSeats);
        binder.forField(minimumAge).asRequired("Give the minimum age.")
                .withValidator(n -> n >= 0 && n <= PublishOpportunity.MAX_MINIMUM_AGE,
                        "Between 0 and " + PublishOpportunity.MAX_MINIMUM_AGE + ".")
                .bind(OpportunityForm::getMinimumAge, OpportunityForm::setMinimumAge);
        binder.forField(supervisor).bind(OpportunityForm::getSupervisor, OpportunityForm::setSupervisor);
        binder.forField(hours).asRequired("Give the required hours.")
                .withValidator(n -> n >= 1 && n <= PublishOpportunity.MAX_REQUIRED_HOURS,
                        "Between 1 and " + Formats.number(PublishOpportunity.MAX_REQUIRED_HOURS) + " hours.")
                .bind(OpportunityForm::getRequiredHours, OpportunityForm::setRequiredHours);
        binder.setBean(form);

        FormLayout layout = new FormLayout(title, employer, description, cluster, stage, type, paid, seats, minimumAge,
                supervisor, hours);
        layout.setColspan(description, 2);
        layout.setColspan(title, 2);
        dialog.add(layout);

        Button save = new Button(existing == null ? "Publish" : "Save changes", e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            boolean saved = Notifications.attempt(existing == null ? "The opportunity is published." : "The opportunity is revised.",
                    () -> save(existing, form));
            if (saved) {
                dialog.close();
                grid.getDataProvider().refreshAll();
            }
        });
        save.setId("opportunity-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> dialog.close());
        cancel.setId("opportunity-cancel");
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void save(OpportunityView existing, OpportunityForm f) {
        String description = blank(f.getDescription()) ? null : f.getDescription().strip();
        String supervisorId = f.getSupervisor() == null ? null : f.getSupervisor().id();
        if (existing == null) {
            opportunities.publish(actor, new OpportunityService.NewOpportunity(f.getTitle().strip(),
                    f.getEmployer().id(), description, f.getCareerCluster().strip(), f.getStage(), f.getType(),
                    f.isPaid(), f.getSeats(), f.getMinimumAge(), supervisorId, f.getRequiredHours()));
        } else {
            opportunities.revise(actor, existing.id(), new OpportunityService.Revision(f.getTitle().strip(),
                    description, f.getCareerCluster().strip(), f.getStage(), f.getType(), f.isPaid(), f.getSeats(),
                    f.getMinimumAge(), supervisorId, f.getRequiredHours()));
        }
    }

    private void supervisorsFor(ComboBox<Person> supervisor, Organization employer) {
        supervisor.setItems(employer == null ? List.of() : opportunities.supervisors(actor, employer.id()));
        supervisor.setEnabled(employer != null);
    }

    private static IntegerField number(String label, String id) {
        IntegerField f = new IntegerField(label);
        f.setId(id);
        f.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        return f;
    }

    static String words(String constant) {
        String w = constant.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
