package org.pathwork.workflow.placement.api;

public record ReflectionReturned(String placementId,
        String reflectionId,
        boolean finalReflection,
        String comment) {
}
