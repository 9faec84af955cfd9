/**
 * Residents' meetings in a room (居民会议, 居民代表会议, 议事协商会, 听证会): scheduled with an agenda,
 * signed in, decided item by item by a show of hands two committee members sign, and minuted — with
 * the same accountability as an online vote. Also the community's roll ({@link org.gridvoice.meeting.CommunityRoll}):
 * the adults and households a meeting's quorum and a residents' initiative's threshold are counted against.
 * Other modules put their items on an agenda through {@link org.gridvoice.meeting.AgendaLinkKind}.
 */
package org.gridvoice.meeting;
