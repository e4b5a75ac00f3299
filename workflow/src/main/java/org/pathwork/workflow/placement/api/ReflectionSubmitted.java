package org.pathwork.workflow.placement.api;

public record ReflectionSubmitted(String placementId,
        String reflectionId,
        String text,
        boolean finalReflection) {
}
