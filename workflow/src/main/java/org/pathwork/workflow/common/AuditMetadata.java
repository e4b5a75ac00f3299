package org.pathwork.workflow.common;

import java.util.HashMap;
import java.util.Map;

/**
 * The metadata keys every command carries and every event inherits (design.md, "Audit trail"):
 * who acted, in which role, from where, in which correlated request and, where given, why.
 */
public final class AuditMetadata {

    public static final String ACTOR_ID = "actorId";
    public static final String ACTOR_ROLE = "actorRole";
    public static final String SOURCE = "source";
    public static final String REASON = "reason";
    public static final String CORRELATION_ID = "correlationId";

    private AuditMetadata() {
    }

    public static Map<String, Object> of(Actor actor, String reason, String correlationId) {
        Map<String, Object> m = new HashMap<>();
        m.put(ACTOR_ID, actor.personId());
        m.put(ACTOR_ROLE, actor.role().group());
        m.put(SOURCE, actor.source().code());
        m.put(CORRELATION_ID, correlationId);
        if (reason != null && !reason.isBlank()) {
            m.put(REASON, reason);
        }
        return m;
    }
}
