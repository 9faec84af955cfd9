package org.gridvoice.open311.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridvoice.photo.PhotoOwner;
import org.gridvoice.photo.PhotoRef;
import org.gridvoice.photo.PhotoService;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * media_url from the photo module: the first photo of the case that is not internal, at the address
 * the client called us by (behind a proxy, as forwarded). All cases of a page in one query.
 */
@Component
class PhotoMedia implements CaseMedia {

    private final PhotoService photos;

    PhotoMedia(PhotoService photos) {
        this.photos = photos;
    }

    @Override
    public Map<Long, String> urls(Collection<Long> caseIds) {
        Map<Long, String> urls = new HashMap<>();
        if (caseIds.isEmpty()) {
            return urls;
        }
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        photos.photosOf(PhotoOwner.CASE, caseIds).forEach((caseId, refs) -> first(refs)
                .ifPresent(ref -> urls.put(caseId, ref.displayUrl().startsWith("/") ? base + ref.displayUrl() : ref.displayUrl())));
        return urls;
    }

    private static java.util.Optional<PhotoRef> first(List<PhotoRef> refs) {
        return refs.stream().filter(p -> !p.internal()).findFirst();
    }
}
