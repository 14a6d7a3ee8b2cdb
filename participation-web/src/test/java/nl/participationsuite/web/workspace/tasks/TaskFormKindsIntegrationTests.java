package nl.participationsuite.web.workspace.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import nl.participationsuite.testsupport.ApiCalls;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.web.taskforms.TaskFormKind;
import nl.participationsuite.web.taskforms.TaskFormKinds;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;

/**
 * Every kind of task the process sets out has exactly one form, declared once, in the running
 * application: at an address of its own, with a template that exists, completing the task with the
 * outcome the process expects; the residents' kinds have a portal page whose fields exist too.
 */
@WebIntegrationTest
class TaskFormKindsIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    TaskFormKinds kinds;

    @Autowired
    TrajectoryWorkflow workflow;

    @Test
    void everyFormKeyOfTheProcessHasOneFormAndEveryFormATaskOfTheProcess() {
        assertThat(kinds.all()).extracting(TaskFormKind::formKey).containsExactlyInAnyOrderElementsOf(formKeys())
                .containsExactlyInAnyOrderElementsOf(workflow.outcomeTypes().keySet());
    }

    @Test
    void everyFormHasADutchAddressOfItsOwnAndATemplate() {
        assertThat(kinds.all()).allSatisfy(kind -> {
            assertThat(kind.path()).as(kind.toString()).matches("[a-z]+(-[a-z]+)*");
            assertThat(kinds.byPath(kind.path())).isSameAs(kind);
            assertThat(template(kind.view())).as(kind + " template").isTrue();
            if (kind.portal() != null) {
                assertThat(template("tasks/" + kind.portal().fields() + "-fields")).as(kind + " portal fields").isTrue();
            }
        });
    }

    @Test
    void residentsDoTheirFivePersonalTasksInThePortal() {
        assertThat(kinds.all()).filteredOn(kind -> kind.portal() != null).extracting(TaskFormKind::formKey)
                .containsExactlyInAnyOrder(FormKeys.VISION_REVIEW, FormKeys.ROLE_AGREEMENT_RESPONSE,
                        FormKeys.SEAT_ACCEPTANCE, FormKeys.VOTE, FormKeys.CONDITIONS_CHECK);
    }

    /** The API's document lists the outcome of every form key, from the same list the engine completes tasks with. */
    @Test
    void theApiDocumentsTheOutcomeOfEveryFormKey() throws Exception {
        JsonNode api = JSON.readTree(ApiCalls.call(port, "GET", "/v3/api-docs", null, null).body());
        JsonNode anyOf = api.at("/paths/~1api~1v1~1tasks~1{id}~1complete/post/requestBody/content/application~1json/schema/anyOf");

        assertThat(anyOf.findValuesAsText("$ref")).containsExactlyInAnyOrderElementsOf(workflow.outcomeTypes().values()
                .stream().map(type -> "#/components/schemas/" + type.getSimpleName()).toList());
        assertThat(workflow.outcomeTypes().values()).allSatisfy(type -> assertThat(api.at("/components/schemas")
                .has(type.getSimpleName())).as(type.getSimpleName()).isTrue());
    }

    private static boolean template(String view) {
        return new ClassPathResource("templates/" + view + ".html").exists();
    }

    private static Set<String> formKeys() {
        return Arrays.stream(FormKeys.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .filter(field -> !field.getName().equals("PREFIX"))
                .map(TaskFormKindsIntegrationTests::value)
                .collect(Collectors.toSet());
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        }
        catch (IllegalAccessException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
