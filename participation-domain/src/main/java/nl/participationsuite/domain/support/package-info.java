/** Investing in residents: training and travel costs residents request, the coordinator approves, and that are paid. */
package nl.participationsuite.domain.support;
