package org.gridvoice.consultation;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gridvoice.consultation.domain.Consultation;
import org.gridvoice.consultation.domain.ConsultationRepository;
import org.gridvoice.discussion.CommentTarget;
import org.gridvoice.shared.ContentRef;
import org.springframework.stereotype.Component;

/** Published consultations take comments. */
@Component
class ConsultationComments implements CommentTarget {

    private final ConsultationRepository consultations;

    ConsultationComments(ConsultationRepository consultations) {
        this.consultations = consultations;
    }

    @Override
    public String type() {
        return ContentRef.CONSULTATION;
    }

    @Override
    public boolean acceptsComments(Long id) {
        return consultations.findById(id).map(Consultation::isPublished).orElse(false);
    }

    @Override
    public Optional<Long> communityOf(Long id) {
        return consultations.findById(id).map(Consultation::getCommunityId);
    }

    @Override
    public String route(Long id) {
        return "consultations/" + id;
    }

    @Override
    public Map<Long, String> titles(Collection<Long> ids) {
        return consultations.findAllById(ids).stream().collect(Collectors.toMap(Consultation::getId, Consultation::getTitle));
    }
}
