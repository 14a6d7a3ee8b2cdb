package nl.participationsuite.domain.motivation;

/** When a resident can take part; meetings are planned at resident-friendly times. */
public enum PreferredTime {
    MORNING, AFTERNOON, EVENING, WEEKEND
}
