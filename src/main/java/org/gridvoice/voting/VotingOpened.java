package org.gridvoice.voting;

/**
 * Published in the transaction that opened voting, once the electorate is taken, so that every
 * elector can hear that a vote opened in their scope. It names the vote only: the event is stored
 * (event publication registry) and an electorate of thousands would not fit; listeners read the
 * electorate from {@link VotingRulesService#electors(Long)}, which is fixed from that moment.
 */
public record VotingOpened(Long consultationId) {
}
