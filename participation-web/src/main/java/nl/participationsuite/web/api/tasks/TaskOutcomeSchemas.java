package nl.participationsuite.web.api.tasks;

import java.util.Comparator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import nl.participationsuite.workflow.tasks.TaskOutcome;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;

/**
 * The body of {@code POST /api/v1/tasks/{id}/complete} in the OpenAPI document: any of the outcome
 * records, taken from the process's own list of what each form key expects
 * ({@link TrajectoryWorkflow#outcomeTypes}), so that a new kind of task is documented without
 * another list to keep in step. {@code anyOf}, not {@code oneOf}: the records share property names
 * (a comment, hours), and which one a task expects is decided by its form key (the task's
 * {@code outcome}), not by the shape of the body.
 */
@Component
class TaskOutcomeSchemas implements OpenApiCustomizer {

    static final String COMPLETE = TaskApiController.PATH + "/{id}/complete";

    private final TrajectoryWorkflow workflow;

    TaskOutcomeSchemas(TrajectoryWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public void customise(OpenAPI openApi) {
        PathItem complete = openApi.getPaths() == null ? null : openApi.getPaths().get(COMPLETE);
        if (complete == null || complete.getPost() == null) {
            return;
        }
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        Components components = openApi.getComponents();
        ComposedSchema anyOf = new ComposedSchema();
        workflow.outcomeTypes().values().stream().distinct().sorted(Comparator.comparing(Class::getSimpleName))
                .forEach(type -> anyOf.addAnyOfItem(reference(type, components)));
        RequestBody body = complete.getPost().getRequestBody() == null ? new RequestBody()
                : complete.getPost().getRequestBody();
        // the controller reads the body as a JSON tree; the tree's own schema describes nothing a client sends
        if (components.getSchemas() != null) {
            components.getSchemas().remove(JsonNode.class.getSimpleName());
        }
        complete.getPost().setRequestBody(body.required(true)
                .description("The outcome record the task's form key names (outcome on the task), as JSON; unknown "
                        + "properties are refused")
                .content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                        new MediaType().schema(anyOf))));
    }

    private static Schema<?> reference(Class<? extends TaskOutcome> type, Components components) {
        ResolvedSchema resolved = ModelConverters.getInstance()
                .resolveAsResolvedSchema(new AnnotatedType(type).resolveAsRef(false));
        for (Map.Entry<String, Schema> referenced : resolved.referencedSchemas.entrySet()) {
            if (components.getSchemas() == null || !components.getSchemas().containsKey(referenced.getKey())) {
                components.addSchemas(referenced.getKey(), referenced.getValue());
            }
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey(type.getSimpleName())) {
            components.addSchemas(type.getSimpleName(), resolved.schema);
        }
        return new Schema<>().$ref("#/components/schemas/" + type.getSimpleName());
    }
}
