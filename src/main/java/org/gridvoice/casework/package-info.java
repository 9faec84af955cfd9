/**
 * Casework (工单): routing of accepted proposals and residents' requests (诉求) into cases, sent
 * where the responsibility list says, with an immutable snapshot of the residents' words, the case
 * lifecycle with deadlines, escalation and the office's photos on its steps, residents'
 * confirmation, and office scorecards.
 */
package org.gridvoice.casework;
