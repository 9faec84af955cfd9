package org.gridvoice.meeting;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.gridvoice.discussion.CommentTarget;
import org.gridvoice.meeting.domain.MeetingHeaders;
import org.gridvoice.meeting.domain.MeetingStore;
import org.springframework.stereotype.Component;

/** Residents discuss a meeting once its minutes are published (those who could not come too). */
@Component
class MeetingComments implements CommentTarget {

    static final String TYPE = "meeting";

    private final MeetingHeaders headers;
    private final MeetingStore store;

    MeetingComments(MeetingHeaders headers, MeetingStore store) {
        this.headers = headers;
        this.store = store;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public boolean acceptsComments(Long id) {
        return headers.find(id).map(MeetingHeader::minutesPublished).orElse(false);
    }

    @Override
    public Optional<Long> communityOf(Long id) {
        return headers.find(id).map(MeetingHeader::communityId);
    }

    @Override
    public String route(Long id) {
        return "meetings/" + id;
    }

    @Override
    public Map<Long, String> titles(Collection<Long> ids) {
        return store.titles(ids);
    }
}
