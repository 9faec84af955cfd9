package org.gridvoice.open311.web;

import org.gridvoice.open311.ApiClient;
import org.springframework.stereotype.Component;

/** Files through the request module (its RequestService arrives with "request: API"). */
@Component
class RequestServiceFiler implements RequestFiler {

    @Override
    public long file(ApiClient client, Filing filing) {
        throw new UnsupportedOperationException("the request module is not merged yet");
    }
}
