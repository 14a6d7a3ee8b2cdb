package nl.participationsuite.domain.seats;

/** Backgrounds resident seat holders declare themselves, so that the group is not one voice. */
public enum Background {
    LIVED_EXPERIENCE_DEBTS, LOW_INCOME, CHRONIC_ILLNESS, INFORMAL_CARER, YOUTH, SENIOR, MIGRATION_BACKGROUND,
    DISABILITY, NEIGHBOURHOOD_RESIDENT, OTHER
}
