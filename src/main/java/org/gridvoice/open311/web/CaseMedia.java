package org.gridvoice.open311.web;

import java.util.Collection;
import java.util.Map;

/** The absolute address of each case's first public photo, for media_url; cases without one are absent. */
interface CaseMedia {

    Map<Long, String> urls(Collection<Long> caseIds);
}
