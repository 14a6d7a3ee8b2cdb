/** Role agreements: per participant of a trajectory the role, responsibilities, time and support, proposed by the coordinator and accepted or renegotiated by the participant. */
package nl.participationsuite.domain.roles;
