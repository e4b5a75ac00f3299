package org.pathwork.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import java.util.Map;

/**
 * Page-wide settings: a viewport for phones, the app's icon and its few rules beside Lumo.
 * <p>
 * No {@code @Theme}: Lumo is Vaadin's default and comes with the pre-compiled bundle, whereas
 * {@code @Theme(themeClass = Lumo.class)} without a theme name made every page ask for
 * {@code VAADIN/themes//styles.css} (400), and a named theme folder would force a frontend build
 * (npm), which fails here. The app's own CSS is a plain file under
 * {@code META-INF/resources/assets}, served as it is and open before sign-in (SecurityConfig).
 */
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {

    /** Where the app's static files live: public, so that the sign-in page has them too. */
    public static final String ASSETS = "assets/";

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("stylesheet", ASSETS + "pathwork.css");
        settings.addLink(ASSETS + "icon.svg", Map.of("rel", "icon", "type", "image/svg+xml"));
    }
}
