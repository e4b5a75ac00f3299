package org.pathwork.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The frame and the coordinator's and admin's lists, as far as they show without a browser: every
 * screen sits in the one {@code main} landmark, the header names the person (the role is in the
 * menu), every column of a list says what it holds, filters fold away, progress bars have names.
 * (At a phone's width and through axe-core: EveryScreenBrowserTest.)
 */
class FrameAndListsTest extends KaribuTest {

    @Test
    void everyScreenSitsInTheMainLandmarkWhichTheSkipLinkReaches() {
        signIn("coordinator");
        for (String address : List.of("", "placements", "dashboard", "password")) {
            navigate(address);
            Component view = (Component) UI.getCurrent().getCurrentView();
            Main main = _get(Main.class, spec -> spec.withId(MainLayout.MAIN_ID));
            assertThat(view.getParent()).as(address).contains(main);
        }
        assertThat(_find(Main.class)).hasSize(1);
        assertThat(_get(Anchor.class, spec -> spec.withId("skip-to-content")).getHref()).isEqualTo("#main-content");
    }

    @Test
    void theHeaderNamesThePersonAndTheMenuTheirRole() {
        signIn("coordinator");
        navigate("");
        assertThat(_get(Span.class, spec -> spec.withId("signed-in-user")).getText()).isEqualTo("Casey Coordinator");
        assertThat(_get(Paragraph.class, spec -> spec.withId("signed-in-role")).getText())
                .isEqualTo("Signed in as Casey Coordinator (coordinator)");
    }

    @Test
    void everyColumnOfTheCoordinatorsListsSaysWhatItHolds() {
        signIn("coordinator");
        for (String address : List.of("review", "placements", "dashboard", "manage-opportunities")) {
            navigate(address);
            assertEveryColumnHasAHeader(address);
        }
    }

    @Test
    void everyColumnOfTheAdminsListsSaysWhatItHolds() {
        signIn("admin");
        for (String address : List.of("admin/users", "admin/organizations", "admin/roster", "admin/outbox",
                "admin/consistency")) {
            navigate(address);
            assertEveryColumnHasAHeader(address);
        }
    }

    @Test
    void theFiltersOfAllPlacementsFoldIntoOneSectionWithTheCountOutside() {
        signIn("coordinator");
        navigate("placements");
        Details filters = _get(Details.class, spec -> spec.withId("filters"));
        assertThat(filters.getSummaryText()).isEqualTo("Filters");
        assertThat(filters.isOpened()).as("open where the width is not known to be a phone's").isTrue();
        assertThat(_get(filters, Select.class, spec -> spec.withId("filter-status"))).isNotNull();
        assertThat(_get(filters, ComboBox.class, spec -> spec.withId("filter-school"))).isNotNull();
        assertThat(_find(filters, Span.class, spec -> spec.withId("placements-count"))).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("placements-count")).getText()).endsWith("placements");
    }

    @Test
    void theAdminsProgressBarsHaveNames() {
        signIn("admin");
        for (String address : List.of("admin/roster", "admin/read-models")) {
            navigate(address);
            List<ProgressBar> bars = all(ProgressBar.class);
            assertThat(bars).as(address).isNotEmpty();
            assertThat(bars).as(address).allSatisfy(bar -> assertThat(bar.getElement().getAttribute("aria-label")).isNotBlank());
        }
    }

    private static void assertEveryColumnHasAHeader(String address) {
        for (Grid<?> grid : all(Grid.class)) {
            for (Grid.Column<?> column : grid.getColumns()) {
                assertThat(column.getHeaderText()).as(address + " #" + grid.getId().orElse("?") + " column "
                        + column.getKey()).isNotBlank();
            }
        }
    }

    /** Every component of this type on the screen, shown or not yet (Karibu's lookups see only those shown). */
    private static <T extends Component> List<T> all(Class<T> type) {
        return descendants(UI.getCurrent()).filter(type::isInstance).map(type::cast).toList();
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(FrameAndListsTest::descendants));
    }
}
