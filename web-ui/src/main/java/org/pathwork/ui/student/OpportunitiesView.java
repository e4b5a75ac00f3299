package org.pathwork.ui.student;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.concurrent.atomic.AtomicReference;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.MainLayout;
import org.pathwork.ui.Notifications;
import org.pathwork.ui.common.PlacementDetailView;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.opportunity.query.OpportunityQueries.Filter;
import org.pathwork.workflow.opportunity.query.OpportunityQueries.Listing;
import org.pathwork.workflow.opportunity.query.OpportunityView;
import org.pathwork.workflow.placement.PlacementService;

/** A student browses the opportunities, narrows them down, and applies for one. */
@Route(value = "opportunities", layout = MainLayout.class)
@PageTitle("Opportunities · Pathwork")
@RolesAllowed("STUDENT")
public class OpportunitiesView extends VerticalLayout {

    /** "Paid or not" as a filter reads it. */
    enum Pay {
        PAID("Paid", true), UNPAID("Unpaid", false);

        final String label;
        final boolean paid;

        Pay(String label, boolean paid) {
            this.label = label;
            this.paid = paid;
        }
    }

    private final PlacementService placements;
    private final CurrentUser current;
    private final ComboBox<String> cluster = new ComboBox<>("Career cluster");
    private final Select<Stage> stage = new Select<>();
    private final Select<OpportunityType> type = new Select<>();
    private final Select<Pay> pay = new Select<>();
    private final Grid<Listing> grid = new Grid<>();

    public OpportunitiesView(OpportunityService opportunities, PlacementService placements, CurrentUser current) {
        this.placements = placements;
        this.current = current;
        add(new H2("Opportunities"));

        cluster.setId("filter-cluster");
        cluster.setItems(opportunities.careerClusters(current.actor()));
        cluster.setClearButtonVisible(true);
        cluster.setPlaceholder("Any");
        stage.setId("filter-stage");
        stage.setLabel("Stage");
        stage.setItems(Stage.values());
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption("Any");
        stage.setItemLabelGenerator(s -> s == null ? "Any" : words(s.name()));
        type.setId("filter-type");
        type.setLabel("Type");
        type.setItems(OpportunityType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("Any");
        type.setItemLabelGenerator(t -> t == null ? "Any" : words(t.name()));
        pay.setId("filter-paid");
        pay.setLabel("Pay");
        pay.setItems(Pay.values());
        pay.setEmptySelectionAllowed(true);
        pay.setEmptySelectionCaption("Any");
        pay.setItemLabelGenerator(p -> p == null ? "Any" : p.label);
        FlexLayout filters = new FlexLayout(cluster, stage, type, pay);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        add(filters);

        grid.setId("opportunities");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(l -> l.opportunity().title()).setHeader("Opportunity").setFlexGrow(3);
        grid.addColumn(Listing::employerName).setHeader("Employer").setFlexGrow(2);
        grid.addColumn(l -> l.opportunity().careerCluster()).setHeader("Career cluster").setFlexGrow(2);
        grid.addColumn(l -> words(l.opportunity().type().name())).setHeader("Type");
        grid.addColumn(l -> words(l.opportunity().stage().name())).setHeader("Stage");
        grid.addColumn(l -> l.opportunity().paid() ? "paid" : "unpaid").setHeader("Pay");
        grid.addColumn(l -> l.opportunity().seatsLeft()).setHeader("Seats left");
        grid.addColumn(l -> l.opportunity().minimumAge() + "+").setHeader("Minimum age");
        grid.addComponentColumn(l -> {
            Button apply = new Button("Apply", e -> openApplication(l.opportunity()));
            apply.setId("apply-" + l.opportunity().id());
            apply.addClassName("apply-button");
            apply.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            apply.setEnabled(l.opportunity().seatsLeft() > 0);
            return apply;
        }).setKey("apply").setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> opportunities.search(current.actor(), filter(), query.getOffset(), query.getLimit())
                .stream());
        addAndExpand(grid);
        setSizeFull();

        cluster.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        stage.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        type.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        pay.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    }

    private Filter filter() {
        return new Filter(cluster.getValue(), stage.getValue(), type.getValue(),
                pay.getValue() == null ? null : pay.getValue().paid);
    }

    private void openApplication(OpportunityView opportunity) {
        Dialog dialog = new Dialog();
        dialog.setId("apply-dialog");
        dialog.setHeaderTitle("Apply: " + opportunity.title());
        dialog.setWidth("min(40rem, 95vw)");
        ApplicationForm form = new ApplicationForm(new ApplicationForm.Application());
        Paragraph about = new Paragraph(opportunity.description() == null ? "" : opportunity.description());
        dialog.add(about, form);
        AtomicReference<String> created = new AtomicReference<>();
        Button send = new Button("Send application", e -> form.validValue().ifPresent(a -> {
            boolean sent = Notifications.attempt("Application sent.", () -> created.set(placements.apply(
                    current.actor(), opportunity.id(), a.goalList(), a.getPlannedStart(), a.getPlannedEnd())));
            if (sent) {
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(PlacementDetailView.class,
                        PlacementDetailView.parameters(created.get())));
            }
        }));
        send.setId("apply-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> dialog.close());
        cancel.setId("apply-cancel");
        dialog.getFooter().add(cancel, send);
        dialog.open();
    }

    static String words(String constant) {
        String s = constant.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
