package org.pathwork.workflow.opportunity.api;

public enum OpportunityType { JOB_SHADOW, INTERNSHIP, APPRENTICESHIP, MENTORSHIP, STUDENT_ENTERPRISE, SERVICE_LEARNING }
