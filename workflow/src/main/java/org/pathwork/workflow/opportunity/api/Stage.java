package org.pathwork.workflow.opportunity.api;

/** Where an opportunity sits on the career-learning continuum. */
public enum Stage { AWARENESS, EXPLORATION, PREPARATION }
