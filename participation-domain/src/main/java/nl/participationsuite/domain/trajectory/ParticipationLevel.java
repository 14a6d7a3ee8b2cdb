package nl.participationsuite.domain.trajectory;

/**
 * How far residents take part: consultation (surveys, focus groups), communication (online
 * platforms, theme meetings, citizen panels) or participation (initiatives, steering groups,
 * village and client councils).
 */
public enum ParticipationLevel {
    CONSULTATION, COMMUNICATION, PARTICIPATION
}
