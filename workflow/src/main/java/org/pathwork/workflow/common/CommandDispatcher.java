package org.pathwork.workflow.common;

import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Sends commands with the audit metadata of the acting person. Several commands sent in one call
 * share a correlation id; the caller's transaction (if any) spans them all, so they commit together.
 */
@Component
public class CommandDispatcher {

    private final CommandGateway gateway;

    public CommandDispatcher(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** Sends the commands in order and returns the result of the last one that answered with one (not null). */
    public <R> R send(Actor actor, String reason, Object... commands) {
        return sendCorrelated(actor, reason, UUID.randomUUID().toString(), commands);
    }

    public <R> R sendCorrelated(Actor actor, String reason, String correlationId, Object... commands) {
        for (Object command : commands) {
            SafeText.check(command);
        }
        R result = null;
        for (Object command : commands) {
            R answer = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(AuditMetadata.of(actor, reason, correlationId)));
            result = answer != null ? answer : result;
        }
        return result;
    }
}
