package org.gridvoice.open311.web;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** media_url from the photo module (its PhotoService arrives with "photo: API"). */
@Component
class PhotoMedia implements CaseMedia {

    @Override
    public Optional<String> url(long caseId) {
        return Optional.empty();
    }
}
