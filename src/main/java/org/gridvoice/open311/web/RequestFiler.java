package org.gridvoice.open311.web;

import java.math.BigDecimal;
import org.gridvoice.open311.ApiClient;

/** Files a resident's request sent by an API client as a case; refuses bad input with InvalidInput. Returns the case's id. */
interface RequestFiler {

    record Filing(String serviceCode, long categoryId, String description, String address, BigDecimal latitude, BigDecimal longitude,
                  String email, String phone, String name, String mediaUrl) {
    }

    long file(ApiClient client, Filing filing);
}
