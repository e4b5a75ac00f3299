package org.pathwork.ui.student;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.MainLayout;
import org.pathwork.ui.Responsive;
import org.pathwork.ui.common.PlacementDetailView;
import org.pathwork.workflow.opportunity.Eligibility;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.opportunity.OpportunityService.Offer;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.opportunity.query.OpportunityQueries.Filter;
import org.pathwork.workflow.opportunity.query.OpportunityView;
import org.pathwork.workflow.placement.PlacementService;

/**
 * A student browses the opportunities, narrows them down, and applies for one. Each row says before any
 * form opens whether the student may apply, and if not, why (too young, already applied, no seats left).
 * {@code opportunities?apply=<id>} opens the application form of that opportunity, for a student who may
 * apply. On a phone the filters fold away and each row reads as a card: the title with its facts, and the
 * action.
 */
@Route(value = "opportunities", layout = MainLayout.class)
@PageTitle("Opportunities · Pathwork")
@RolesAllowed("STUDENT")
public class OpportunitiesView extends VerticalLayout implements BeforeEnterObserver {

    /** The query parameter that opens an opportunity's application form. */
    public static final String APPLY = "apply";

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

    private final OpportunityService opportunities;
    private final PlacementService placements;
    private final CurrentUser current;
    private final ComboBox<String> cluster = new ComboBox<>("Career cluster");
    private final Select<Stage> stage = new Select<>();
    private final Select<OpportunityType> type = new Select<>();
    private final Select<Pay> pay = new Select<>();
    private final Details filters = new Details("Filters");
    private final Grid<Offer> grid = new Grid<>();
    private boolean phone;

    public OpportunitiesView(OpportunityService opportunities, PlacementService placements, CurrentUser current) {
        this.opportunities = opportunities;
        this.placements = placements;
        this.current = current;
        add(new H2("Opportunities"));
        add(filters());
        addAndExpand(grid());
        setSizeFull();
        Responsive.onWidth(this, isPhone -> {
            phone = isPhone;
            filters.setOpened(!isPhone);
            grid.getDataProvider().refreshAll();
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> asked = event.getLocation().getQueryParameters().getParameters().getOrDefault(APPLY, List.of());
        if (!asked.isEmpty()) {
            openApplication(asked.get(0));
        }
    }

    private Details filters() {
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
        FlexLayout fields = new FlexLayout(cluster, stage, type, pay);
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.getStyle().set("gap", "var(--lumo-space-m)");
        filters.setId("filters");
        filters.add(fields);
        filters.setOpened(true);
        filters.setWidthFull();
        cluster.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        stage.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        type.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        pay.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        return filters;
    }

    private Grid<Offer> grid() {
        grid.setId("opportunities");
        Grid.Column<Offer> title = grid.addComponentColumn(this::title).setHeader("Opportunity").setFlexGrow(3)
                .setKey("title");
        grid.addColumn(o -> o.listing().employerName()).setHeader("Employer").setFlexGrow(2);
        grid.addColumn(o -> o.opportunity().careerCluster()).setHeader("Career cluster").setFlexGrow(2);
        grid.addColumn(o -> words(o.opportunity().type().name())).setHeader("Type");
        grid.addColumn(o -> words(o.opportunity().stage().name())).setHeader("Stage");
        grid.addColumn(o -> o.opportunity().paid() ? "paid" : "unpaid").setHeader("Pay");
        grid.addColumn(o -> o.opportunity().seatsLeft()).setHeader("Seats left");
        grid.addColumn(o -> o.opportunity().minimumAge() + "+").setHeader("Minimum age");
        Grid.Column<Offer> apply = grid.addComponentColumn(this::action).setKey("apply").setHeader("Apply")
                .setWidth("11em").setFlexGrow(1);
        Responsive.phoneColumns(grid, title, apply);
        grid.setItems(query -> opportunities.offers(current.actor(), filter(), query.getOffset(), query.getLimit()).stream());
        return grid;
    }

    /** The title; on a phone, where the other columns hide, with the facts that matter under it. */
    private Component title(Offer offer) {
        OpportunityView o = offer.opportunity();
        Span name = new Span(o.title());
        name.getStyle().set("font-weight", "600");
        Div card = new Div(name);
        if (phone) {
            Span facts = new Span(java.util.stream.Stream.of(offer.listing().employerName(), words(o.type().name()),
                            o.paid() ? "paid" : "unpaid", o.minimumAge() + "+",
                            o.seatsLeft() + (o.seatsLeft() == 1 ? " seat left" : " seats left"))
                    .filter(f -> f != null && !f.isBlank()).collect(java.util.stream.Collectors.joining(" · ")));
            facts.setId("facts-" + o.id());
            facts.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            card.add(facts);
        }
        return card;
    }

    /** Apply, or why the student cannot (with the way to their application when that is why). */
    private Component action(Offer offer) {
        String id = offer.opportunity().id();
        Eligibility eligibility = offer.eligibility();
        if (eligibility.eligible()) {
            Button apply = new Button("Apply", e -> openApplication(id));
            apply.setId("apply-" + id);
            apply.addClassName("apply-button");
            apply.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            apply.getElement().setAttribute("aria-label", "Apply: " + offer.opportunity().title());
            return apply;
        }
        Div why = new Div();
        why.setId("ineligible-" + id);
        why.addClassName("ineligible");
        Span reason = new Span(eligibility.reason().orElseThrow());
        reason.setId("ineligible-reason-" + id);
        reason.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        why.add(reason);
        eligibility.application().ifPresent(a -> {
            RouterLink open = new RouterLink("Open your application", PlacementDetailView.class,
                    PlacementDetailView.parameters(a.placementId()));
            open.setId("open-application-" + id);
            open.getStyle().set("display", "block");
            why.add(open);
        });
        return why;
    }

    private Filter filter() {
        return new Filter(cluster.getValue(), stage.getValue(), type.getValue(),
                pay.getValue() == null ? null : pay.getValue().paid);
    }

    /**
     * Opens the application form if the student may apply now; otherwise says why, and refreshes the rows,
     * which may have gone stale (an application sent from another tab, the last seat taken meanwhile).
     */
    private void openApplication(String opportunityId) {
        ApplyDialog.forEligible(opportunities, placements, current, opportunityId,
                        created -> getUI().ifPresent(ui -> ui.navigate(PlacementDetailView.class,
                                PlacementDetailView.parameters(created))))
                .ifPresentOrElse(ApplyDialog::open, () -> grid.getDataProvider().refreshAll());
    }

    static String words(String constant) {
        String s = constant.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
