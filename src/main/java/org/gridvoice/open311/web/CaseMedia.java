package org.gridvoice.open311.web;

import java.util.Optional;

/** The address of a case's first public photo, absolute, for media_url. */
interface CaseMedia {

    Optional<String> url(long caseId);
}
