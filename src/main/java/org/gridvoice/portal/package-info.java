/**
 * The shell around every screen: main layout with role-filtered navigation, language switch,
 * user menu, and the home page that says what needs the signed-in user.
 */
package org.gridvoice.portal;
