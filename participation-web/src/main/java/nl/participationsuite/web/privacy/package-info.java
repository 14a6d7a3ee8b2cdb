/**
 * A resident's rights over their data, as the portal (the resident themself) and the workspace (the
 * coordinator, for a resident without an account who asked by letter or in person) both offer them:
 * the export as a JSON file, and the erasure's confirmation.
 */
package nl.participationsuite.web.privacy;
