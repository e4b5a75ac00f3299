package org.pathwork.workflow.maintenance;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Forbidden;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.placement.process.ProcessConsistencyCheck;
import org.pathwork.workflow.projection.ProjectionRebuilder;
import org.springframework.stereotype.Service;

/** An admin's tools: prove that process and aggregates agree, and rebuild the read models from the events. */
@Service
public class Maintenance {

    private final ProcessConsistencyCheck consistency;
    private final ProjectionRebuilder rebuilder;
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    public Maintenance(ProcessConsistencyCheck consistency, ProjectionRebuilder rebuilder) {
        this.consistency = consistency;
        this.rebuilder = rebuilder;
    }

    public List<ProcessConsistencyCheck.Disagreement> checkConsistency(Actor actor) {
        requireAdmin(actor);
        return consistency.run();
    }

    /** One rebuild at a time in this instance; returns the number of events replayed. */
    public long rebuildReadModels(Actor actor, LongConsumer progress) {
        requireAdmin(actor);
        if (!rebuilding.compareAndSet(false, true)) {
            throw RuleViolation.conflict("read-models.rebuild-running", "A rebuild of the read models is already running.");
        }
        try {
            return rebuilder.rebuildAll(progress);
        } finally {
            rebuilding.set(false);
        }
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw new Forbidden("Only admins can do this.");
        }
    }
}
