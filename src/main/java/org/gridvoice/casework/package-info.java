/**
 * Casework (工单): routing of accepted proposals into cases, sent where the responsibility list
 * says, with an immutable snapshot of the residents' words, the case lifecycle with deadlines and
 * escalation, residents' confirmation, and office scorecards.
 */
package org.gridvoice.casework;
