package org.pathwork.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.annotation.SpringComponent;

/**
 * Every page says it is in English ({@code <html lang="en">}), which it is: left to itself Vaadin
 * takes the server's default language, and a screen reader on a server set to German would read
 * the English words with German sounds.
 */
@SpringComponent
public class PageLanguage implements VaadinServiceInitListener {

    public static final String LANGUAGE = "en";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html").attr("lang", LANGUAGE));
    }
}
