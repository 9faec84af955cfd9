/**
 * Proposals (提案) that verified residents bring to a consultation, their earlier versions,
 * endorsements (附议) and the suggestions of similar proposals while a title is typed.
 */
package org.gridvoice.proposal;
