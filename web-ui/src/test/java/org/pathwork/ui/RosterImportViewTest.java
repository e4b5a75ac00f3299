package org.pathwork.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.pathwork.ui.admin.RosterImportView;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.people.roster.RosterBundleWriter;
import org.pathwork.workflow.people.roster.RosterError;
import org.pathwork.workflow.people.roster.RosterImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The admin's roster import screen: upload, the check's report or errors, import, history, progress. */
class RosterImportViewTest extends KaribuTest {

    @Autowired JdbcClient jdbc;
    @Autowired RosterImport rosters;

    @Test
    void anUploadIsCheckedFirstAndChangesNothingUntilImportIsPressed() throws IOException {
        String t = tag();
        signIn("admin");
        navigate("admin/roster");
        RosterImportView view = (RosterImportView) UI.getCurrent().getCurrentView();
        Path upload = file(RosterBundleWriter.sample(t, LocalDate.now().getYear() - 16).zip());

        view.received("district.zip", upload);
        assertThat(UI.getCurrent().getPollInterval()).as("the bar moves while it runs").isEqualTo(500);
        awaitStatus(s -> s.startsWith("Checked"));

        assertThat(_get(ProgressBar.class, s -> s.withId("roster-progress")).getValue()).isEqualTo(1.0);
        assertThat(text("roster-report-title")).isEqualTo("What importing district.zip would do");
        assertThat(reportLines()).contains("3 students and guardians would be created", "0 unchanged",
                "Schools and districts: 2 would be created, 0 would be updated, 0 unchanged");
        assertThat(people(t)).as("a check changes nothing").isZero();
        assertThat(Files.exists(upload)).as("kept for the import").isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(MainLayout.POLL_MILLIS);

        Button importButton = _get(Button.class, s -> s.withId("roster-import"));
        assertThat(importButton.isVisible()).isTrue();
        _click(importButton);
        awaitStatus(s -> s.equals("Imported."));

        assertThat(text("roster-report-title")).isEqualTo("What importing district.zip did");
        assertThat(reportLines()).contains("3 students and guardians created");
        assertThat(people(t)).isEqualTo(3);
        assertThat(_find(Button.class, s -> s.withId("roster-import"))).as("imported once").isEmpty();
        assertThat(Files.exists(upload)).as("minors' data is not kept once imported").isFalse();
        @SuppressWarnings("unchecked")
        Grid<RosterImport.PastImport> history = _get(Grid.class, s -> s.withId("roster-history"));
        List<RosterImport.PastImport> rows = GridKt._findAll(history);
        assertThat(rows.get(0).dryRun()).isFalse();
        assertThat(rows.get(0).created()).isEqualTo(3);
        assertThat(rows.get(0).by()).isEqualTo("admin");
        assertThat(rows.get(1).dryRun()).isTrue();
        assertThat(GridKt._getFormattedRow(history, 0)).contains("Import");
        assertThat(GridKt._getFormattedRow(history, 1)).contains("Check only");
    }

    @Test
    void aBundleWithErrorsListsEveryOneAndOffersNoImport() throws IOException {
        String t = tag();
        signIn("admin");
        navigate("admin/roster");
        RosterImportView view = (RosterImportView) UI.getCurrent().getCurrentView();
        RosterBundleWriter bundle = RosterBundleWriter.sample(t, LocalDate.now().getYear() - 16);
        String users = new String(bundle.zipEntry("users.csv"), java.nio.charset.StandardCharsets.UTF_8);
        bundle.file("users.csv", users.replace("u2-" + t + ",", "u1-" + t + ","))   // a duplicate sourcedId
                .without("roles.csv");
        Path upload = file(bundle.zip());

        view.received("broken.zip", upload);
        await().atMost(Duration.ofMinutes(1)).pollInSameThread().until(ui(() ->
                _get(Paragraph.class, s -> s.withId("roster-errors-intro")).isVisible()));

        @SuppressWarnings("unchecked")
        Grid<RosterError> errors = _get(Grid.class, s -> s.withId("roster-errors"));
        List<RosterError> shown = GridKt._findAll(errors);
        assertThat(shown).hasSizeGreaterThanOrEqualTo(2);
        assertThat(shown).anySatisfy(e -> {
            assertThat(e.file()).isEqualTo("users.csv");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.field()).isEqualTo("sourcedId");
        });
        assertThat(shown).anySatisfy(e -> assertThat(e.file()).isEqualTo("roles.csv"));
        assertThat(text("roster-errors-intro")).startsWith("broken.zip has " + shown.size() + " errors; nothing was changed.");
        assertThat(_find(Button.class, s -> s.withId("roster-import"))).as("no visible Import button").isEmpty();
        assertThat(people(t)).isZero();
        assertThat(Files.exists(upload)).as("a refused upload is not kept").isFalse();
    }

    @Test
    void onlyAnAdministratorReachesTheScreenAndTheImportItself() {
        for (String who : List.of("coordinator", "supervisor", "student")) {
            signIn(who);
            navigate("admin/roster");
            assertThat(UI.getCurrent().getCurrentView()).as(who).isNotInstanceOf(RosterImportView.class);
        }
    }

    @Test
    void progressGoesFromReadingThroughSavingToDoneWithoutGoingBack() {
        String t = tag();
        Actor admin = signIn("admin").actor(Source.UI);
        byte[] zip = RosterBundleWriter.sample(t, LocalDate.now().getYear() - 16).zip();
        List<String> steps = new ArrayList<>();
        List<Double> shares = new ArrayList<>();

        rosters.importBundle(admin, new ByteArrayInputStream(zip), zip.length, false, (step, done) -> {
            steps.add(step);
            shares.add(done);
        });

        assertThat(steps).contains("Reading the files", "Checking the roster against Pathwork", "Saving");
        assertThat(steps.get(steps.size() - 1)).isEqualTo("Imported");
        assertThat(shares.get(0)).isZero();
        assertThat(shares.get(shares.size() - 1)).isEqualTo(1.0);
        assertThat(shares).isSorted();
        assertThat(shares).allMatch(d -> d >= 0 && d <= 1);
    }

    // --- helpers -------------------------------------------------------------------------------

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static Path file(byte[] content) throws IOException {
        Path file = Files.createTempFile("roster-view-test-", ".zip");
        Files.write(file, content);
        return file;
    }

    private int people(String tag) {
        return jdbc.sql("select count(*) from person where sourced_id like ?").param("%-" + tag)
                .query(Integer.class).single();
    }

    private static void awaitStatus(java.util.function.Predicate<String> done) {
        Span status = _get(Span.class, s -> s.withId("roster-status"));
        await().atMost(Duration.ofMinutes(1)).pollInSameThread().until(ui(() -> done.test(status.getText())));
    }

    /** A condition checked after the UI has run what the import's thread queued for it. */
    private static java.util.concurrent.Callable<Boolean> ui(BooleanSupplier condition) {
        return () -> {
            MockVaadin.runUIQueue();
            return condition.getAsBoolean();
        };
    }

    private static String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, s -> s.withId(id)).getElement().getText();
    }

    private static List<String> reportLines() {
        return _get(UnorderedList.class, s -> s.withId("roster-report")).getChildren()
                .map(c -> c.getElement().getText()).toList();
    }
}
