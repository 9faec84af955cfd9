package org.gridvoice.insight;

import java.util.List;

/**
 * Published once when a consultation or meeting the committee made from a hotspot opens: the
 * requesters and supporters of the requests it links are to be told. {@code kind} is the notification
 * kind and its own i18n key ({@code hotspot.notify.consultation}); {@code args} its arguments.
 */
public record HotspotAgendaOpened(String kind, List<String> args, String link, List<Long> recipients) {

    public HotspotAgendaOpened {
        args = List.copyOf(args);
        recipients = List.copyOf(recipients);
    }
}
