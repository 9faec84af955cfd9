package org.gridvoice.attestation.domain;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridvoice.attestation.AttestableKind;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.stereotype.Component;

/** The kinds the content modules offer, by name. */
@Component
public class Kinds {

    private final Map<String, AttestableKind> byName;

    Kinds(List<AttestableKind> kinds) {
        this.byName = kinds.stream().collect(Collectors.toMap(AttestableKind::kind, Function.identity()));
    }

    /** The kind; InvalidInput ({@code attest.error.kind}) for a name no module offers. */
    public AttestableKind of(String kind) {
        AttestableKind found = kind == null ? null : byName.get(kind);
        if (found == null) {
            throw InvalidInput.of("kind", "attest.error.kind");
        }
        return found;
    }

    public List<String> names() {
        return byName.keySet().stream().sorted().toList();
    }
}
