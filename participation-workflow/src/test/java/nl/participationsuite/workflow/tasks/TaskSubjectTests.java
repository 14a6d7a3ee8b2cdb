package nl.participationsuite.workflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskSubjectTests {

    @Test
    void keepsAShortTextOnOneLine() {
        assertThat(new TaskSubject(TaskSubject.Kind.INPUT, "  Te weinig\nbankjes  ").text()).isEqualTo("Te weinig bankjes");
    }

    @Test
    void cutsALongTextAtAWord() {
        String text = "woord ".repeat(30);

        String shown = new TaskSubject(TaskSubject.Kind.INPUT, text).text();

        assertThat(shown).hasSizeLessThanOrEqualTo(TaskSubject.MAX_LENGTH).endsWith("woord…");
    }

    @Test
    void cutsALongWordWithoutSpaces() {
        String shown = new TaskSubject(TaskSubject.Kind.INPUT, "x".repeat(200)).text();

        assertThat(shown).hasSize(TaskSubject.MAX_LENGTH).endsWith("…");
    }
}
