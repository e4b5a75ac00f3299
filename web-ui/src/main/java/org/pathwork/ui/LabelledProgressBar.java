package org.pathwork.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A progress bar that says what it measures. Vaadin's ProgressBar has no label, and one without a
 * name is read out as a bare number (axe-core: aria-progressbar-name, serious); so every bar in
 * Pathwork is one of these, which cannot be built without a name (ProgressBarsAreNamedTest).
 */
public class LabelledProgressBar extends ProgressBar {

    private static final AtomicLong LABEL_IDS = new AtomicLong();

    /** Named by words of its own, for a bar with no visible label beside it. */
    public LabelledProgressBar(String name) {
        getElement().setAttribute("aria-label", name);
    }

    /**
     * Named by the label shown with it (e.g. "12 h of 40 h required"): a screen reader reads the
     * label's text, which stays current as it changes. The label gets an id if it has none.
     */
    public LabelledProgressBar(Component visibleLabel, double min, double max, double value) {
        super(min, max, value);
        String id = visibleLabel.getId().orElseGet(() -> {
            String generated = "progress-label-" + LABEL_IDS.incrementAndGet();
            visibleLabel.setId(generated);
            return generated;
        });
        getElement().setAttribute("aria-labelledby", id);
    }
}
