package org.pathwork.ui.admin;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Formats;
import org.pathwork.ui.LabelledProgressBar;
import org.pathwork.ui.MainLayout;
import org.pathwork.ui.Notifications;
import org.pathwork.ui.Responsive;
import org.pathwork.config.Zone;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Forbidden;
import org.pathwork.workflow.people.roster.RosterError;
import org.pathwork.workflow.people.roster.RosterImport;
import org.pathwork.workflow.people.roster.RosterRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;

/**
 * Loads students, guardians, schools and districts from a OneRoster 1.2 bundle: the admin uploads
 * the zip, Pathwork checks it (a dry run) and shows what would change or every error, and only
 * the Import button changes anything. Both runs go on a thread of their own while the page polls,
 * so the progress bar moves without server push. The upload is kept in a temporary file readable
 * only by this process's user, and deleted as soon as it is imported, replaced, or the page is left:
 * it holds minors' names and demographics.
 */
@Route(value = "admin/roster", layout = MainLayout.class)
@PageTitle("Roster import · Pathwork")
@RolesAllowed("ADMIN")
public class RosterImportView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(RosterImportView.class);
    private static final int POLL_MILLIS = 500;

    private final RosterImport rosters;
    private final Actor admin;
    private final Zone zone;
    private final long maxUploadBytes;
    private final Upload upload;
    private final ProgressBar bar = new LabelledProgressBar("Progress of the roster check or import");
    private final Span status = new Span();
    private final H3 reportTitle = new H3();
    private final UnorderedList report = new UnorderedList();
    private final Paragraph errorsIntro = new Paragraph();
    private final Grid<RosterError> errors = new Grid<>();
    private final Button importButton = new Button("Import");
    private final Grid<RosterImport.PastImport> history = new Grid<>();
    /** The uploaded bundle, between its check and its import. */
    private Path bundle;
    private String bundleName;
    private boolean running;

    public RosterImportView(RosterImport rosters, CurrentUser current, Zone zone,
                            @Value("${pathwork.roster.max-upload-bytes:52428800}") long maxUploadBytes) {
        this.rosters = rosters;
        this.admin = current.actor();
        this.zone = zone;
        this.maxUploadBytes = maxUploadBytes;

        Paragraph intro = new Paragraph("Load students, guardians, schools and districts from your student "
                + "information system's OneRoster 1.2 CSV export: a zip with manifest.csv, orgs.csv, users.csv, "
                + "roles.csv and, for birth dates and the equity reports, demographics.csv. Pathwork first checks "
                + "the file and shows what would change; nothing changes until you press Import. People are matched "
                + "by their sourcedId, so importing the same export again changes nothing; people the export marks "
                + "disabled or to be deleted are disabled, never deleted. Imported people sign in with single sign-on.");

        upload = new Upload(this::receive);
        upload.setId("roster-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxUploadBytes));
        upload.setAcceptedFileTypes("application/zip", ".zip");
        upload.setDropLabel(new Span("Drop the OneRoster zip here (up to " + megabytes(maxUploadBytes) + " MB)"));
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));

        bar.setId("roster-progress");
        bar.setVisible(false);
        status.setId("roster-status");
        status.getElement().setAttribute("aria-live", "polite");

        reportTitle.setId("roster-report-title");
        report.setId("roster-report");
        errorsIntro.setId("roster-errors-intro");
        errors.setId("roster-errors");
        Grid.Column<RosterError> file = errors.addColumn(RosterError::file).setHeader("File").setAutoWidth(true)
                .setFlexGrow(0);
        Grid.Column<RosterError> line = errors.addColumn(e -> e.line() == null ? "" : String.valueOf(e.line()))
                .setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(e -> e.field() == null ? "" : e.field()).setHeader("Column").setAutoWidth(true).setFlexGrow(0);
        Grid.Column<RosterError> message = errors.addColumn(RosterError::message).setHeader("What is wrong")
                .setFlexGrow(1);
        errors.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        Responsive.phoneColumns(errors, file, line, message);
        errors.setAllRowsVisible(false);
        errors.setHeight("20em");

        importButton.setId("roster-import");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> begin(false));

        history.setId("roster-history");
        Grid.Column<RosterImport.PastImport> when = history.addColumn(p -> Formats.moment(p.at(), zone.id()))
                .setHeader("When").setAutoWidth(true);
        history.addColumn(p -> p.by() == null ? "" : p.by()).setHeader("By").setAutoWidth(true);
        Grid.Column<RosterImport.PastImport> kind = history.addColumn(p -> p.dryRun() ? "Check only" : "Import")
                .setHeader("Kind").setAutoWidth(true);
        history.addColumn(RosterImport.PastImport::created).setHeader("New people").setAutoWidth(true);
        history.addColumn(RosterImport.PastImport::updated).setHeader("Changed").setAutoWidth(true);
        history.addColumn(RosterImport.PastImport::unchanged).setHeader("Unchanged").setAutoWidth(true);
        history.addColumn(RosterImport.PastImport::disabled).setHeader("Disabled").setAutoWidth(true);
        history.addColumn(RosterImport.PastImport::skipped).setHeader("Skipped").setAutoWidth(true);
        history.addColumn(p -> p.organizations().created() + " new, " + p.organizations().updated() + " changed")
                .setHeader("Schools and districts").setAutoWidth(true);
        Responsive.phoneColumns(history, when, kind);
        history.setAllRowsVisible(true);

        clearReport();
        add(new H2("Roster import"), intro, upload, bar, status, reportTitle, report, errorsIntro, errors,
                importButton, new H3("Past imports and checks"), history);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        refreshHistory();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        forget();
    }

    // --- the upload ------------------------------------------------------------------------------

    /**
     * Copies the upload to a temporary file, refusing it past the size limit (the browser's own
     * check can be skipped), then checks it on the UI.
     */
    private void receive(UploadEvent event) throws IOException {
        Path file = Files.createTempFile("pathwork-roster-", ".zip");
        boolean tooLarge;
        try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
            tooLarge = copyAtMost(in, out, maxUploadBytes);
        } catch (IOException | RuntimeException failed) {
            Files.deleteIfExists(file);
            throw failed;
        }
        String name = event.getFileName();
        event.getUI().access(() -> {
            if (tooLarge) {
                delete(file);
                Notifications.error("The file is larger than " + megabytes(maxUploadBytes) + " MB; nothing was read.");
                upload.clearFileList();
            } else {
                received(name, file);
            }
        });
    }

    /** Whether the stream held more than max bytes; then what was written is incomplete. */
    private static boolean copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            total += n;
            if (total > max) {
                return true;
            }
            out.write(buffer, 0, n);
        }
        return false;
    }

    /**
     * An uploaded bundle, in a file this view now owns (it deletes it): check it at once. The
     * upload calls this once the file is in; view tests call it in place of a browser's upload.
     */
    public void received(String fileName, Path file) {
        if (running) {
            delete(file);
            Notifications.error("An import is running; upload the next file when it has finished.");
            return;
        }
        forget();
        bundle = file;
        bundleName = fileName;
        begin(true);
    }

    // --- checking and importing ------------------------------------------------------------------

    private void begin(boolean dryRun) {
        UI ui = UI.getCurrent();
        Path file = bundle;
        running = true;
        clearReport();
        bar.setVisible(true);
        bar.setValue(0);
        status.setText((dryRun ? "Checking " : "Importing ") + bundleName + "…");
        ui.setPollInterval(POLL_MILLIS);
        Thread worker = new Thread(() -> run(ui, file, dryRun), "pathwork-roster-import");
        worker.setDaemon(true);
        worker.start();
    }

    private void run(UI ui, Path file, boolean dryRun) {
        boolean shown;
        try (InputStream in = Files.newInputStream(file)) {
            RosterImport.Result result = rosters.importBundle(admin, in, Files.size(file), dryRun,
                    (step, done) -> Background.later(ui, () -> progress(step, done)));
            shown = Background.later(ui, () -> finished(result));
        } catch (RosterRejected rejected) {
            shown = Background.later(ui, () -> rejected(rejected.errors()));
        } catch (Forbidden refused) {
            shown = Background.later(ui, () -> failed(refused.getMessage()));
        } catch (IOException | RuntimeException failed) {
            log.error("PW-UI-030 a roster import failed; nothing was changed", failed);
            shown = Background.later(ui,
                    () -> failed("The import failed and nothing changed. The log line PW-UI-030 says why."));
        }
        if (!shown) {
            // the page was closed meanwhile: nobody will import this upload
            delete(file);
        }
    }

    private void progress(String step, double done) {
        bar.setValue(Math.max(0, Math.min(1, done)));
        status.setText(step + "… " + Math.round(done * 100) + " %");
    }

    private void finished(RosterImport.Result r) {
        stopped();
        bar.setValue(1);
        reportTitle.setVisible(true);
        report.setVisible(true);
        if (r.dryRun()) {
            reportTitle.setText("What importing " + bundleName + " would do");
            status.setText("Checked: no errors. Nothing has changed yet.");
            importButton.setVisible(true);
            importButton.setText("Import " + bundleName);
        } else {
            reportTitle.setText("What importing " + bundleName + " did");
            status.setText("Imported.");
            Notifications.success("Imported " + bundleName + ".");
            forget();
        }
        String verb = r.dryRun() ? "would be " : "";
        report.add(new ListItem(Formats.number(r.created()) + " students and guardians " + verb + "created"),
                new ListItem(Formats.number(r.updated()) + " " + verb + "updated"),
                new ListItem(Formats.number(r.unchanged()) + " unchanged"),
                new ListItem(Formats.number(r.disabled()) + " " + verb + "disabled (never deleted: their placements keep "
                        + "their history)"),
                new ListItem(Formats.number(r.skipped()) + " skipped: other roles (teachers, aides…) and people to be deleted "
                        + "whom Pathwork never had"),
                new ListItem("Schools and districts: " + Formats.number(r.organizations().created()) + " " + verb + "created, "
                        + Formats.number(r.organizations().updated()) + " " + verb + "updated, "
                        + Formats.number(r.organizations().unchanged()) + " unchanged"));
        if (!r.ignoredFiles().isEmpty()) {
            report.add(new ListItem("Not read (Pathwork does not use them): " + String.join(", ", r.ignoredFiles())));
        }
        refreshHistory();
    }

    private void rejected(List<RosterError> found) {
        stopped();
        bar.setVisible(false);
        status.setText("");
        errorsIntro.setVisible(true);
        errorsIntro.setText(bundleName + " has " + Formats.number(found.size()) + (found.size() == 1 ? " error" : " errors")
                + "; nothing was changed. Correct " + (found.size() == 1 ? "it" : "them") + " in the export and "
                + "upload it again.");
        errors.setVisible(true);
        errors.setItems(new ArrayList<>(found));
        forget();
    }

    private void failed(String sentence) {
        stopped();
        bar.setVisible(false);
        status.setText("");
        Notifications.error(sentence);
        forget();
    }

    private void stopped() {
        running = false;
        upload.clearFileList();
        UI.getCurrent().setPollInterval(MainLayout.POLL_MILLIS);
        if (!isAttached()) {
            // the admin went to another screen meanwhile: nobody will import this upload
            forget();
        }
    }

    private void clearReport() {
        reportTitle.setVisible(false);
        report.removeAll();
        report.setVisible(false);
        errorsIntro.setVisible(false);
        errors.setItems(List.of());
        errors.setVisible(false);
        importButton.setVisible(false);
    }

    private void refreshHistory() {
        history.setItems(rosters.history(admin, 20));
    }

    /** Deletes the kept upload, if any. */
    private void forget() {
        if (bundle != null && !running) {
            delete(bundle);
            bundle = null;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }



    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
