package nl.participationsuite.web.reports;

import nl.participationsuite.testsupport.SiblingTestDatabase;

/**
 * The reports' own test database, shared by the report API test and the demo download test so that
 * both run in one application context while the demo data stays out of the other tests.
 */
public class ReportsTestDatabase extends SiblingTestDatabase {

    public ReportsTestDatabase() {
        super("reports");
    }
}
