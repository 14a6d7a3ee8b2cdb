package nl.participationsuite.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import nl.participationsuite.workflow.TrajectoryProcess;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The inbox's knowledge of the process model stays in step with the BPMN and the message bundles. */
class TaskInboxModelTests {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    @Test
    void personalTasksAreExactlyTheUserTasksTheModelAssignsToOnePerson() throws Exception {
        Set<String> assignedToOnePerson = new TreeSet<>();
        Set<String> offeredToAGroup = new TreeSet<>();
        for (Element userTask : userTasks()) {
            if (!userTask.getAttributeNS(CAMUNDA, "assignee").isEmpty()) {
                assignedToOnePerson.add(userTask.getAttribute("id"));
            }
            if (!userTask.getAttributeNS(CAMUNDA, "candidateGroups").isEmpty()) {
                offeredToAGroup.add(userTask.getAttribute("id"));
            }
        }

        assertThat(assignedToOnePerson).isEqualTo(new TreeSet<>(TaskInbox.PERSONAL_TASKS));
        assertThat(offeredToAGroup).doesNotContainAnyElementsOf(TaskInbox.PERSONAL_TASKS).isNotEmpty();
    }

    @Test
    void everyUserTaskHasADutchAndAnEnglishLabel() throws Exception {
        Properties dutch = load("messages.properties");
        Properties english = load("messages_en.properties");
        List<String> missing = new ArrayList<>();
        Set<String> userTasks = new TreeSet<>(TrajectoryProcess.FormKeys.BY_USER_TASK.keySet());
        userTasks().forEach(task -> userTasks.add(task.getAttribute("id")));
        for (String task : userTasks) {
            if (dutch.getProperty("task." + task, "").isBlank()) {
                missing.add("nl: task." + task);
            }
            if (english.getProperty("task." + task, "").isBlank()) {
                missing.add("en: task." + task);
            }
        }

        assertThat(userTasks).hasSize(TrajectoryProcess.FormKeys.BY_USER_TASK.size());
        assertThat(missing).isEmpty();
    }

    private static List<Element> userTasks() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = TaskInboxModelTests.class.getResourceAsStream("/" + TrajectoryProcess.BPMN_RESOURCE)) {
            assertThat(in).as(TrajectoryProcess.BPMN_RESOURCE).isNotNull();
            NodeList nodes = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS(BPMN, "userTask");
            List<Element> tasks = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                tasks.add((Element) nodes.item(i));
            }
            return tasks;
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TaskInboxModelTests.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
