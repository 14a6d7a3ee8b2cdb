/** Test support shared by every module's tests: the real PostgreSQL the integration tests run against. */
package nl.participationsuite.testsupport;
