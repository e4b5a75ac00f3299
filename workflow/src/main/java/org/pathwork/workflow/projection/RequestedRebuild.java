package org.pathwork.workflow.projection;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds the read models once on start-up when a migration asked for it (a row in
 * {@code read_model_rebuild_request}: a read model gained columns that only the events can fill).
 * The request rows are locked, replayed for and deleted in one transaction: a second instance
 * starting at the same time waits, then finds nothing left to do.
 */
@Component
public class RequestedRebuild {

    private static final Logger log = LoggerFactory.getLogger(RequestedRebuild.class);

    private final JdbcClient jdbc;
    private final ProjectionRebuilder rebuilder;

    RequestedRebuild(JdbcClient jdbc, ProjectionRebuilder rebuilder) {
        this.jdbc = jdbc;
        this.rebuilder = rebuilder;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void rebuildIfRequested() {
        List<String> reasons = jdbc.sql("select reason from read_model_rebuild_request order by reason for update")
                .query(String.class).list();
        if (reasons.isEmpty()) {
            return;
        }
        log.info("PW-PROJ-006 rebuilding the read models on start-up, as migrations asked: {}", reasons);
        rebuilder.rebuildAll(events -> { });
        jdbc.sql("delete from read_model_rebuild_request").update();
    }
}
