package org.pathwork.workflow.projection;

/** A read model fed by events; {@link ProjectionRebuilder} can empty it and feed it the whole store again. */
public interface Projection {

    /** Deletes every row of this read model. */
    void reset();
}
