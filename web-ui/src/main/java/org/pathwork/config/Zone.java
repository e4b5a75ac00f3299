package org.pathwork.config;

import java.time.ZoneId;
import org.pathwork.workflow.config.PathworkProperties;
import org.springframework.stereotype.Component;

/** The deployment's time zone, for showing instants as local times. */
@Component
public class Zone {

    private final ZoneId id;

    public Zone(PathworkProperties settings) {
        this.id = settings.timeZone();
    }

    public ZoneId id() {
        return id;
    }
}
