package org.pathwork.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.common.RuleViolation;

/**
 * Outcomes show at the top, where on a phone they cover no form, each with a button to close it;
 * a success goes by itself, an error stays until closed or replaced, and is announced at once.
 * (How they look on a phone: PageFrameBrowserTest.)
 */
class NotificationsTest {

    @BeforeEach
    void vaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aSuccessShowsAtTheTopForAFewSecondsWithAButtonToCloseIt() {
        Notification success = Notifications.success("Saved.");

        assertThat(success.getPosition()).isEqualTo(Notification.Position.TOP_CENTER);
        assertThat(success.getDuration()).isBetween(3000, 10_000);
        assertThat(success.getElement().getProperty("text")).isEqualTo("Saved.");
        assertThat(success.getThemeNames()).contains(NotificationVariant.LUMO_SUCCESS.getVariantName());
        assertThat(scriptsForTheBrowser()).anySatisfy(js -> assertThat(js)
                .contains("'aria-label', 'Close'").contains("notification.close()"));
    }

    @Test
    void anErrorShowsAtTheTopAssertivelyAndStaysUntilClosed() {
        Notification error = Notifications.error("Your current password is not right.");

        assertThat(error.getPosition()).isEqualTo(Notification.Position.TOP_CENTER);
        assertThat(error.getDuration()).isZero();
        assertThat(error.isAssertive()).isTrue();
        assertThat(error.getThemeNames()).contains(NotificationVariant.LUMO_ERROR.getVariantName());
        assertThat(scriptsForTheBrowser()).anySatisfy(js -> assertThat(js).contains("'aria-label', 'Close'"));
    }

    /** What the next response would have the browser run. */
    private static List<String> scriptsForTheBrowser() {
        UIInternals internals = UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse();
        return internals.dumpPendingJavaScriptInvocations().stream().map(js -> js.getInvocation().getExpression()).toList();
    }

    @Test
    void theNextOutcomeReplacesAnErrorThatIsOutOfDate() {
        Notifications.attempt("Saved.", () -> {
            throw RuleViolation.invalid("test.refused", "Give a reason.");
        });
        NotificationsKt.expectNotifications("Give a reason.");

        Notifications.error("Give a reason.");
        Notifications.attempt("Saved.", () -> { });

        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .containsExactly("Saved.");
    }
}
