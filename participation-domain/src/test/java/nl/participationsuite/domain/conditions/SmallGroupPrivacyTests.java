package nl.participationsuite.domain.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmallGroupPrivacyTests {

    @Test
    void showsAnAverageOfThreeOrMoreAnswers() {
        assertThat(SmallGroupPrivacy.shown(3.5, 3)).isEqualTo(3.5);
        assertThat(SmallGroupPrivacy.shown(3.5, 40)).isEqualTo(3.5);
        assertThat(SmallGroupPrivacy.tooFewToShow(3)).isFalse();
    }

    @Test
    void withholdsTheAverageOfOneOrTwoAnswers() {
        assertThat(SmallGroupPrivacy.shown(4.0, 1)).isNull();
        assertThat(SmallGroupPrivacy.shown(4.0, 2)).isNull();
        assertThat(SmallGroupPrivacy.tooFewToShow(1)).isTrue();
        assertThat(SmallGroupPrivacy.tooFewToShow(2)).isTrue();
    }

    @Test
    void noAnswersIsNotTooFewButNone() {
        assertThat((Double) SmallGroupPrivacy.shown(null, 0)).isNull();
        assertThat(SmallGroupPrivacy.tooFewToShow(0)).isFalse();
    }
}
