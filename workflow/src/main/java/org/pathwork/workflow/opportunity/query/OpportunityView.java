package org.pathwork.workflow.opportunity.query;

import java.time.Instant;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.Stage;

public record OpportunityView(String id, String title, String employerId, String description, String careerCluster,
                              Stage stage, OpportunityType type, boolean paid, int seats, int seatsLeft,
                              int minimumAge, String supervisorId, int requiredHours, Instant publishedAt) {
}
