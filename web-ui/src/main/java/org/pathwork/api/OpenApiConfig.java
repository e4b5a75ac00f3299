package org.pathwork.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs, with the problem-details errors every endpoint may answer. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    private static final Map<String, String> ERRORS = Map.of(
            "400", "Invalid input: a problem with a sentence and, for bad fields, errors [{field, message}]",
            "401", "Not signed in",
            "403", "Not allowed for your role or relationship to the placement",
            "404", "Unknown, or not visible to you",
            "409", "Not allowed in the current state; detail says why",
            "413", "Request body too large");

    @Bean
    OpenAPI pathworkOpenApi() {
        ObjectSchema problem = new ObjectSchema();
        problem.addProperty("type", new StringSchema());
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("code", new StringSchema());
        return new OpenAPI()
                .info(new Info().title("Pathwork API").version("1")
                        .description("Work-based learning placements from application to completion. "
                                + "Writes accept an optional Idempotency-Key header."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSchemas("Problem", problem))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    @Bean
    OpenApiCustomizer problemResponsesOnEveryOperation() {
        return api -> api.getPaths().values().forEach(path -> path.readOperations().forEach(op ->
                ERRORS.forEach((status, description) -> {
                    if (!op.getResponses().containsKey(status)) {
                        op.getResponses().addApiResponse(status, new ApiResponse().description(description)
                                .content(new Content().addMediaType("application/problem+json",
                                        new MediaType().schema(new ObjectSchema().$ref("#/components/schemas/Problem")))));
                    }
                })));
    }
}
