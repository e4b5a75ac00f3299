package org.pathwork.workflow.placement.api;

public record ReflectionAccepted(String placementId,
        String reflectionId,
        boolean finalReflection,
        String comment) {
}
