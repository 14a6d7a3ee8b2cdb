/** The periodic conditions check: residents and professionals score the handbook's ten conditions, and the gap between them. */
package nl.participationsuite.domain.conditions;
