/** The application's entry point; it sits at the root so that every module's components and entities are found. */
package nl.participationsuite;
