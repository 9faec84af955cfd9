package org.gridvoice.account.web;

import org.gridvoice.account.PersonalData;
import org.gridvoice.account.PersonalDataService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything GridVoice holds about the signed-in user, as a JSON file to keep (personal-data rights).
 * Only ever the caller's own data: the service reads who is signed in; anonymous requests are sent to sign in.
 */
@RestController
class MyDataController {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final PersonalDataService personalData;

    MyDataController(PersonalDataService personalData) {
        this.personalData = personalData;
    }

    @GetMapping(value = "/me/data.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> download() {
        PersonalData data = personalData.myData();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("gridvoice-my-data.json").build().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsBytes(data));
    }
}
