package org.gridvoice.meeting;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every kind of item an agenda may link, from this module and others (initiatives …), by its name. */
@Component
class AgendaLinks {

    private final Map<String, AgendaLinkKind> kinds;

    AgendaLinks(List<AgendaLinkKind> kinds) {
        this.kinds = kinds.stream().collect(Collectors.toMap(AgendaLinkKind::kind, Function.identity()));
    }

    List<String> kinds() {
        return kinds.keySet().stream().sorted(Comparator.naturalOrder()).toList();
    }

    Optional<AgendaLinkKind.Target> target(String kind, Long id, Locale locale) {
        AgendaLinkKind k = kind == null ? null : kinds.get(kind);
        return k == null || id == null ? Optional.empty() : k.target(id, locale);
    }
}
