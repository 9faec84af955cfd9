package org.gridvoice.discussion;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gridvoice.attestation.AttestableKind;
import org.gridvoice.shared.ContentRef;
import org.gridvoice.shared.i18n.Messages;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Comments staff enter for a resident (代录): the payload is the {@link CommentForm} as JSON, checked as
 * commenting would check it; once attested it is posted as the resident's, marked as entered by staff.
 */
@Component
public class CommentEntries implements AttestableKind {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DiscussionService discussion;
    private final List<CommentTarget> targets;
    private final Messages messages;

    CommentEntries(DiscussionService discussion, List<CommentTarget> targets, Messages messages) {
        this.discussion = discussion;
        this.targets = targets;
        this.messages = messages;
    }

    public static String payload(CommentForm form) {
        return JSON.writeValueAsString(form);
    }

    @Override
    public String kind() {
        return "comment";
    }

    @Override
    public void validate(Long residentId, String payload) {
        discussion.check(form(payload));
    }

    @Override
    public String preview(String payload, Locale locale) {
        CommentForm form = form(payload);
        String title = target(form.target()).map(t -> t.titles(List.of(form.target().id())).get(form.target().id())).orElse("");
        return messages.get(locale, "attest.preview.comment", title == null ? "" : title) + "\n" + form.body().strip();
    }

    @Override
    public Created create(Long residentId, Long staffId, String payload) {
        CommentForm form = form(payload);
        Long id = discussion.commentAs(residentId, staffId, form);
        return new Created(id, target(form.target()).map(t -> t.route(form.target().id())).orElse(""));
    }

    private Optional<CommentTarget> target(ContentRef ref) {
        return targets.stream().filter(t -> t.type().equals(ref.type())).findFirst();
    }

    private static CommentForm form(String payload) {
        try {
            CommentForm form = payload == null ? null : JSON.readValue(payload, CommentForm.class);
            if (form == null || form.target() == null) {
                throw InvalidInput.of(null, "attest.error.payload");
            }
            return form;
        } catch (JacksonException | IllegalArgumentException unreadable) {
            throw InvalidInput.of(null, "attest.error.payload");
        }
    }
}
