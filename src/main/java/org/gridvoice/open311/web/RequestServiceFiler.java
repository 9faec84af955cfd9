package org.gridvoice.open311.web;

import org.gridvoice.open311.ApiClient;
import org.gridvoice.request.ClientFiling;
import org.gridvoice.request.RequestService;
import org.springframework.stereotype.Component;

/** Files through the request module, as the client (role API_CLIENT) and to the client's grid. */
@Component
class RequestServiceFiler implements RequestFiler {

    private final RequestService requests;

    RequestServiceFiler(RequestService requests) {
        this.requests = requests;
    }

    @Override
    public long file(ApiClient client, Filing filing) {
        return requests.fileFromClient(new ClientFiling(client.id(), client.gridId(), filing.categoryId(), filing.description(),
                filing.address(), filing.latitude(), filing.longitude(), filing.email(), filing.phone(), filing.name(), filing.mediaUrl()));
    }
}
