package org.pathwork.workflow.maintenance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Forbidden;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.placement.process.ProcessConsistencyCheck;
import org.pathwork.workflow.projection.ProjectionRebuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The administrator's tools for the engine itself: the consistency check and rebuilding the read models. */
@Service
public class Maintenance {

    private static final Logger log = LoggerFactory.getLogger(Maintenance.class);

    /** Told how far a rebuild has come; called on the rebuilding thread. */
    @FunctionalInterface
    public interface RebuildProgress {
        void replayed(long events, long expected);
    }

    public record RebuildResult(long events, Duration took) {
    }

    private final ProcessConsistencyCheck consistency;
    private final ProjectionRebuilder rebuilder;
    private final Clock clock;
    /*
     * One rebuild at a time in this application: a second one would only redo the work. Across
     * instances, the rebuild's single transaction empties every read model first, so a rebuild on
     * another instance waits on those row locks and then replays after it: still correct.
     */
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    public Maintenance(ProcessConsistencyCheck consistency, ProjectionRebuilder rebuilder, Clock clock) {
        this.consistency = consistency;
        this.rebuilder = rebuilder;
        this.clock = clock;
    }

    /** Every placement whose process does not wait where its status says; empty when all agree. */
    public List<ProcessConsistencyCheck.Disagreement> checkConsistency(Actor actor) {
        admin(actor, "run the consistency check");
        List<ProcessConsistencyCheck.Disagreement> found = consistency.run();
        log.info("PW-MAINT-001 {} ran the consistency check: {} disagreements", actor.personId(), found.size());
        return found;
    }

    public boolean rebuildRunning() {
        return rebuilding.get();
    }

    /**
     * Empties every read model and replays the whole event store into it, in one transaction:
     * readers see the old read models until the new ones are complete. Runs on the caller's thread.
     */
    public RebuildResult rebuildReadModels(Actor actor, RebuildProgress progress) {
        admin(actor, "rebuild the read models");
        if (!rebuilding.compareAndSet(false, true)) {
            throw RuleViolation.conflict("maintenance.rebuild-running",
                    "The read models are being rebuilt already; wait until that rebuild has finished.");
        }
        try {
            log.info("PW-MAINT-002 {} started a rebuild of the read models", actor.personId());
            Instant start = clock.instant();
            long expected = rebuilder.eventCount();
            progress.replayed(0, expected);
            long events = rebuilder.rebuildAll(done -> progress.replayed(done, Math.max(expected, done)));
            Duration took = Duration.between(start, clock.instant());
            log.info("PW-MAINT-003 read models rebuilt from {} events in {} ms", events, took.toMillis());
            return new RebuildResult(events, took);
        } finally {
            rebuilding.set(false);
        }
    }

    private static void admin(Actor actor, String what) {
        if (actor == null || !actor.is(Role.ADMIN)) {
            throw new Forbidden("Only administrators can " + what + ".");
        }
    }
}
