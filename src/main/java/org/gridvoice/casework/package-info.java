/**
 * Casework (工单): the responsibility list (责任清单) that names the office for each category and
 * place, routing of accepted proposals into cases with an immutable snapshot of the residents'
 * words, the case lifecycle with deadlines and escalation, residents' confirmation, and office
 * scorecards.
 */
package org.gridvoice.casework;
