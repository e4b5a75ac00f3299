package org.pathwork.ui.admin;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Formats;
import org.pathwork.ui.LabelledProgressBar;
import org.pathwork.ui.MainLayout;
import org.pathwork.ui.Notifications;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Forbidden;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.maintenance.Maintenance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds every read model from the event store. The rebuild runs on a thread of its own; the
 * page polls twice a second while it runs, so the bar moves without server push.
 */
@Route(value = "admin/read-models", layout = MainLayout.class)
@PageTitle("Read models · Pathwork")
@RolesAllowed("ADMIN")
public class ReadModelsView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(ReadModelsView.class);
    private static final int POLL_MILLIS = 500;

    private final Maintenance maintenance;
    private final Actor admin;
    private final Button start = new Button("Rebuild the read models");
    private final ProgressBar bar = new LabelledProgressBar("Progress of the rebuild");
    private final Span status = new Span();

    public ReadModelsView(Maintenance maintenance, CurrentUser current) {
        this.maintenance = maintenance;
        this.admin = current.actor();
        Paragraph intro = new Paragraph("The lists and counts people see (placements, hours, feedback, "
                + "reflections, opportunities) are read models derived from the event store. Rebuilding empties "
                + "them and replays every event; until it finishes, everyone keeps seeing the old ones, and if it "
                + "fails nothing changes. Only one rebuild runs at a time.");
        start.setId("rebuild-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> begin());
        bar.setId("rebuild-progress");
        bar.setVisible(false);
        status.setId("rebuild-status");
        add(new H2("Read models"), intro, start, bar, status);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (maintenance.rebuildRunning()) {
            status.setText("A rebuild is running already.");
        }
    }

    private void begin() {
        UI ui = UI.getCurrent();
        start.setEnabled(false);
        bar.setVisible(true);
        bar.setValue(0);
        status.setText("Starting…");
        ui.setPollInterval(POLL_MILLIS);
        Thread worker = new Thread(() -> rebuild(ui), "pathwork-read-model-rebuild");
        worker.setDaemon(true);
        worker.start();
    }

    private void rebuild(UI ui) {
        try {
            Maintenance.RebuildResult result = maintenance.rebuildReadModels(admin,
                    (done, expected) -> Background.later(ui, () -> progress(done, expected)));
            Background.later(ui, () -> {
                bar.setValue(1);
                status.setText("Rebuilt from " + Formats.number(result.events()) + " events in "
                        + String.format(Locale.ENGLISH, "%.1f", result.took().toMillis() / 1000.0) + " s.");
                finish(ui);
            });
        } catch (RuleViolation | Forbidden refused) {
            Background.later(ui, () -> {
                bar.setVisible(false);
                status.setText("");
                Notifications.error(refused.getMessage());
                finish(ui);
            });
        } catch (RuntimeException failed) {
            log.error("PW-UI-010 the rebuild of the read models failed; they were left as they were", failed);
            Background.later(ui, () -> {
                bar.setVisible(false);
                status.setText("");
                Notifications.error("The rebuild failed and nothing changed. The log line PW-UI-010 says why.");
                finish(ui);
            });
        }
    }

    private void progress(long done, long expected) {
        bar.setValue(expected == 0 ? 1 : Math.min(1, (double) done / expected));
        status.setText("Replayed " + Formats.number(done) + " of " + Formats.number(expected) + " events…");
    }

    private void finish(UI ui) {
        start.setEnabled(true);
        ui.setPollInterval(MainLayout.POLL_MILLIS);
    }


}
