package org.pathwork.ui.coordinator;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.pathwork.config.Zone;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.MainLayout;
import org.pathwork.ui.Responsive;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.query.PlacementSearch;

/**
 * Every placement, filtered by status, school, employer and overdue tasks, sorted by application
 * date, status or student; each page is read from the database as the grid scrolls.
 */
@Route(value = "placements", layout = MainLayout.class)
@PageTitle("All placements · Pathwork")
@RolesAllowed("COORDINATOR")
public class AllPlacementsView extends VerticalLayout {

    static final String SORT_APPLIED = "applied";
    static final String SORT_STATUS = "status";
    static final String SORT_STUDENT = "student";

    private final PlacementService placements;
    private final Actor actor;
    private final Select<PlacementStatus> status = new Select<>();
    private final ComboBox<Organization> school = new ComboBox<>("School");
    private final ComboBox<Organization> employer = new ComboBox<>("Employer");
    private final Checkbox overdue = new Checkbox("Only with overdue tasks");
    private final Span total = new Span();
    private final Grid<PlacementSearch.Row> grid = new Grid<>();

    public AllPlacementsView(PlacementService placements, OpportunityService opportunities, CurrentUser current, Zone zone) {
        this.placements = placements;
        this.actor = current.actor();
        setSizeFull();

        status.setLabel("Status");
        status.setId("filter-status");
        status.setItems(PlacementStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItemLabelGenerator(s -> s == null ? "Any status" : PlacementColumns.status(s));
        school.setId("filter-school");
        school.setItems(opportunities.schools(actor));
        school.setItemLabelGenerator(Organization::name);
        school.setClearButtonVisible(true);
        school.setPlaceholder("Any school");
        employer.setId("filter-employer");
        employer.setItems(opportunities.employerPartners(actor));
        employer.setItemLabelGenerator(Organization::name);
        employer.setClearButtonVisible(true);
        employer.setPlaceholder("Any employer");
        overdue.setId("filter-overdue");
        total.setId("placements-count");
        status.addValueChangeListener(e -> refresh());
        school.addValueChangeListener(e -> refresh());
        employer.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        Details filters = Responsive.filters(status, school, employer, overdue);

        grid.setId("all-placements");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        Grid.Column<PlacementSearch.Row> applied = grid.addColumn(r -> PlacementColumns.applied(r, zone.id()))
                .setHeader("Applied").setKey(SORT_APPLIED).setSortProperty(SORT_APPLIED).setAutoWidth(true);
        Grid.Column<PlacementSearch.Row> student = grid.addColumn(PlacementSearch.Row::studentName).setHeader("Student")
                .setKey(SORT_STUDENT).setSortProperty(SORT_STUDENT).setAutoWidth(true);
        grid.addColumn(PlacementSearch.Row::schoolName).setHeader("School");
        grid.addColumn(PlacementSearch.Row::opportunityTitle).setHeader("Opportunity").setFlexGrow(2);
        grid.addColumn(PlacementSearch.Row::employerName).setHeader("Employer");
        Grid.Column<PlacementSearch.Row> statusColumn = grid.addComponentColumn(PlacementColumns::statusBadge)
                .setHeader("Status").setKey(SORT_STATUS).setSortProperty(SORT_STATUS).setAutoWidth(true);
        Grid.Column<PlacementSearch.Row> open = grid.addComponentColumn(r -> PlacementColumns.openButton(r.placementId()))
                .setHeader(PlacementColumns.ACTIONS).setKey("open").setAutoWidth(true).setFlexGrow(0);
        Responsive.phoneColumns(grid, student, statusColumn, open);
        grid.setMultiSort(false);
        grid.setItems(query -> placements.search(actor, filter(), sort(query.getSortOrders()), query.getOffset(),
                        query.getLimit()).stream(),
                query -> count());
        grid.sort(GridSortOrder.desc(applied).build());
        grid.addItemDoubleClickListener(e -> PlacementColumns.open(e.getItem().placementId()));
        grid.setSizeFull();

        add(new H2("All placements"), filters, total, grid);
        setFlexGrow(1, grid);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private int count() {
        long n = placements.count(actor, filter());
        total.setText(n == 1 ? "1 placement" : String.format("%,d placements", n));
        return (int) Math.min(Integer.MAX_VALUE, n);
    }

    PlacementSearch.Filter filter() {
        return new PlacementSearch.Filter(status.getValue(),
                school.getValue() == null ? null : school.getValue().id(),
                employer.getValue() == null ? null : employer.getValue().id(),
                overdue.getValue());
    }

    static PlacementSearch.Sort sort(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return PlacementSearch.Sort.NEWEST_FIRST;
        }
        QuerySortOrder first = orders.get(0);
        boolean ascending = first.getDirection() == SortDirection.ASCENDING;
        PlacementSearch.SortBy by = switch (first.getSorted()) {
            case SORT_STATUS -> PlacementSearch.SortBy.STATUS;
            case SORT_STUDENT -> PlacementSearch.SortBy.STUDENT;
            default -> PlacementSearch.SortBy.APPLIED_AT;
        };
        return new PlacementSearch.Sort(by, ascending);
    }
}
