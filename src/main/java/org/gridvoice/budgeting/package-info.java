/**
 * Participatory budgeting (民生微实事): the feasibility review of a budget consultation's proposals
 * before voting (by the office the responsibility list names for the category, or the committee),
 * the projects that reach the ballot with their reviewed costs, and the funding rule applied to the
 * votes at the close. The budget itself belongs to the consultation and the cost estimate to the
 * proposal; voting counts the ballots and casework follows the funded projects.
 */
package org.gridvoice.budgeting;
