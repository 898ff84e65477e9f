package org.thinkfamily.hub.messaging;

import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import org.thinkfamily.hub.eventstore.EventMetadata;

/**
 * The one way the hub sends a command: with its metadata (who acts, from which agency and message), and
 * waiting for it, in the caller's transaction. The command bus is local, so a handler's refusal
 * (IllegalStateException, IllegalArgumentException, AggregateNotFoundException...) arrives as thrown, for
 * the caller or web/ProblemHandler to answer.
 */
@Component
public class Commands {

    private final CommandGateway gateway;

    public Commands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** @return the handler's result (an aggregate's id for a creating command) */
    public <R> R send(Object command, MetaData metaData) {
        return gateway.sendAndWait(asCommandMessage(command).withMetaData(metaData));
    }

    /** A person's decision: the command with the acting user as its metadata. */
    public <R> R sendAs(String user, Object command) {
        return send(command, EventMetadata.ofUser(user));
    }
}
