package org.pathwork.ui.admin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import org.pathwork.config.Zone;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Formats;
import org.pathwork.ui.MainLayout;
import org.pathwork.ui.Responsive;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.notification.MailStatus;
import org.pathwork.workflow.notification.Outbox;
import org.pathwork.workflow.notification.OutboxMail;

/**
 * Every mail Pathwork sent or would send, newest first, and the text of the one selected. Without a
 * mail server they are all kept here: a newcomer reads what the demo would have sent. Only the plain
 * text is shown, as text: a mail's HTML is never rendered in Pathwork's own page.
 */
@Route(value = "admin/outbox", layout = MainLayout.class)
@PageTitle("Outbox · Pathwork")
@RolesAllowed("ADMIN")
public class OutboxView extends VerticalLayout {

    private final ZoneId zone;
    private final Grid<OutboxMail> grid = new Grid<>();
    private final Select<MailStatus> status = new Select<>();
    private final Div detail = new Div();

    public OutboxView(Outbox outbox, CurrentUser current, Zone zone) {
        Actor admin = current.actor();
        this.zone = zone.id();
        setSizeFull();
        Paragraph intro = new Paragraph("The mails Pathwork sends: each is queued with what caused it and sent "
                + "after that was saved; a mail the server did not take is tried again later. Without a mail server "
                + "(spring.mail.host not set) nothing is sent and every mail is kept here.");

        status.setId("outbox-status");
        status.setLabel("Status");
        status.setItems(MailStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItemLabelGenerator(s -> s == null ? "Any status" : label(s));
        status.addValueChangeListener(e -> {
            grid.asSingleSelect().clear();
            grid.getDataProvider().refreshAll();
        });

        grid.setId("outbox-grid");
        grid.addColumn(m -> m.to() == null ? "(no address)" : m.to()).setHeader("To").setAutoWidth(true);
        Grid.Column<OutboxMail> subject = grid.addColumn(OutboxMail::subject).setHeader("Subject").setFlexGrow(1);
        grid.addColumn(OutboxMail::kind).setHeader("Kind").setAutoWidth(true);
        Grid.Column<OutboxMail> statusColumn = grid.addColumn(m -> label(m.status())).setHeader("Status")
                .setAutoWidth(true).setKey("status");
        grid.addColumn(OutboxMail::attempts).setHeader("Attempts").setAutoWidth(true);
        grid.addColumn(m -> Formats.moment(m.createdAt(), this.zone)).setHeader("Queued").setAutoWidth(true);
        // on a phone: what and how it went; whom it went to shows with the text once selected
        Responsive.phoneColumns(grid, subject, statusColumn);
        // database paging, newest first: the outbox only grows
        grid.setItems(new CallbackDataProvider<>(
                q -> outbox.list(admin, status.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> outbox.count(admin, status.getValue()),
                OutboxMail::id));
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        detail.setId("outbox-detail");
        detail.setWidthFull();
        show(null);
        add(new H2("Outbox"), intro, status, grid, detail);
        setFlexGrow(1, grid);
    }

    private void show(OutboxMail mail) {
        detail.removeAll();
        if (mail == null) {
            detail.add(new Span("Select a mail to read it."));
            return;
        }
        H3 subject = new H3(mail.subject());
        subject.setId("outbox-subject");
        Span about = new Span("To " + (mail.to() == null ? "nobody (no address)" : mail.to()) + " · " + label(mail.status())
                + (mail.sentAt() == null ? "" : " " + Formats.moment(mail.sentAt(), zone)));
        about.setId("outbox-about");
        // the plain text, as text (Pre escapes it); the HTML version is deliberately never rendered
        Pre body = new Pre(mail.text());
        body.setId("outbox-body");
        body.getStyle().set("white-space", "pre-wrap").set("font-family", "inherit");
        detail.add(subject, about);
        if (mail.lastError() != null) {
            Paragraph error = new Paragraph(mail.lastError());
            error.setId("outbox-error");
            error.getStyle().set("color", "var(--lumo-error-text-color)");
            detail.add(error);
        }
        detail.add(body);
        if (mail.html() != null) {
            detail.add(new Paragraph("The mail also has an HTML version saying the same; it is not shown here."));
        }
    }

    static String label(MailStatus status) {
        return switch (status) {
            case QUEUED -> "Queued";
            case SENT -> "Sent";
            case KEPT -> "Kept (no mail server)";
            case FAILED -> "Failed";
            case BOUNCED -> "Bounced";
        };
    }
}
