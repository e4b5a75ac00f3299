package org.pathwork.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.notification.NoticeKind;
import org.pathwork.workflow.notification.Notices;

/**
 * Which mails a person gets, and whether at once or as one digest a day. Required mails (a minor's
 * start, consent, an overdue review) cannot be turned off; every update still shows in the inbox.
 */
@Route(value = "settings/notifications", layout = MainLayout.class)
@PageTitle("Mail settings · Pathwork")
@RolesAllowed({"STUDENT", "SUPERVISOR", "COORDINATOR"})
public class NotificationSettingsView extends VerticalLayout {

    static final String AT_ONCE = "Each mail at once";
    static final String DIGEST = "One digest a day (required mails still come at once)";

    public NotificationSettingsView(Notices notices, CurrentUser current) {
        Actor actor = current.actor();
        Notices.Settings settings = notices.settings(actor);
        add(new H2("Mail settings"), new Paragraph("Pathwork mails you when something needs you. Turn off what you "
                + "do not want by mail: it still shows under Updates in your inbox."));

        Map<NoticeKind, Checkbox> boxes = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.of(actor.role())) {
            Checkbox box = new Checkbox(kind.description() + (kind.required() ? " (required)" : ""));
            box.setId("notice-" + kind.name().toLowerCase().replace('_', '-'));
            box.setValue(kind.required() || !settings.muted().contains(kind));
            box.setEnabled(!kind.required());
            boxes.put(kind, box);
            add(box);
        }
        RadioButtonGroup<String> pace = new RadioButtonGroup<>("How often");
        pace.setId("notice-pace");
        pace.setItems(AT_ONCE, DIGEST);
        pace.setValue(settings.dailyDigest() ? DIGEST : AT_ONCE);
        Button save = new Button("Save", e -> {
            Set<NoticeKind> muted = EnumSet.noneOf(NoticeKind.class);
            boxes.forEach((kind, box) -> {
                if (!kind.required() && !box.getValue()) {
                    muted.add(kind);
                }
            });
            Notifications.attempt("Saved.", () -> notices.saveSettings(actor,
                    new Notices.Settings(DIGEST.equals(pace.getValue()), muted)));
        });
        save.setId("notice-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(pace, save);
    }
}
