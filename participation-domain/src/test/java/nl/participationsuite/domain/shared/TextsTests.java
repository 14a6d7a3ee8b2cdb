package nl.participationsuite.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTests {

    @ParameterizedTest
    @ValueSource(strings = { "\u0000", "a\u0000b", "\u0001", "\u0007", "\u001b[31m", "\u001f", "\u007f", "\u0085", "\u009f" })
    void findsControlCharacters(String text) {
        assertThat(Texts.hasControlCharacter(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "gewoon", "regel 1\nregel 2\r\nregel 3", "kolom\tkolom", "café – ü € 😀", "\u00a0" })
    void letsTextsAPersonTypesPass(String text) {
        assertThat(Texts.hasControlCharacter(text)).isFalse();
    }

    @Test
    void refusesAControlCharacterInARequiredOrOptionalTextNamingTheField() {
        assertThatThrownBy(() -> Texts.required("title", "Buurt\u0000tuin", 200))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> {
                    assertThat(ex.field()).isEqualTo("title");
                    assertThat(ex.code()).isEqualTo(Texts.CONTROL_CHARACTER);
                });
        assertThatThrownBy(() -> Texts.optional("description", "\u0000", 200))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("description"));
        assertThat(Texts.optional("description", "twee\nregels", 200)).isEqualTo("twee\nregels");
    }

    @Test
    void aOneLineTextRefusesALineBreakOrTabWhereAParagraphKeepsThem() {
        for (String broken : new String[] { "Buurt\ntuin", "Buurt\r\ntuin", "Buurt\ttuin" }) {
            assertThatThrownBy(() -> Texts.requiredLine("title", broken, 200))
                    .isInstanceOfSatisfying(RuleViolationException.class, ex -> {
                        assertThat(ex.field()).isEqualTo("title");
                        assertThat(ex.code()).isEqualTo(Texts.LINE_BREAK);
                    });
            assertThatThrownBy(() -> Texts.optionalLine("phone", broken, 200)).isInstanceOf(RuleViolationException.class);
            assertThat(Texts.required("text", broken, 200)).isEqualTo(broken);
        }
        assertThat(Texts.requiredLine("title", "  Buurttuin Oost \n", 200)).as("an outer line break is stripped")
                .isEqualTo("Buurttuin Oost");
        assertThat(Texts.optionalLine("phone", " ", 40)).isNull();
    }
}
