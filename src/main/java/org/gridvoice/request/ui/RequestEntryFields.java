package org.gridvoice.request.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.attestation.fields.StaffEntryFields;
import org.gridvoice.photo.PhotoService;
import org.gridvoice.photo.ui.PhotoPicker;
import org.gridvoice.place.CategoryService;
import org.gridvoice.place.PlaceService;
import org.gridvoice.request.RequestEntries;
import org.gridvoice.request.RequestForm;
import org.gridvoice.shared.ui.FormErrors;

/** The request's own fields on the staff's new-entry screen (代录), without photos, the grid preset to the resident's. */
@SpringComponent
class RequestEntryFields implements StaffEntryFields {

    private final CategoryService categories;
    private final PlaceService places;
    private final PhotoService photos;
    private final CurrentUser currentUser;

    RequestEntryFields(CategoryService categories, PlaceService places, PhotoService photos, CurrentUser currentUser) {
        this.categories = categories;
        this.places = places;
        this.photos = photos;
        this.currentUser = currentUser;
    }

    @Override
    public String kind() {
        return "request";
    }

    @Override
    public Fields open(Long residentGridId) {
        RequestFormFields fields = new RequestFormFields(categories.activeCategories(), places.activeGrids(),
                new PhotoPicker(photos, currentUser, RequestForm.MAX_PHOTOS));
        fields.photos.setVisible(false);
        fields.presetGrid(Optional.ofNullable(residentGridId));
        return new Fields() {
            @Override
            public Component component() {
                return fields;
            }

            @Override
            public String payload() {
                return RequestEntries.payload(fields.form());
            }

            @Override
            public void bind(FormErrors errors) {
                errors.bind("categoryId", fields.category).bind("gridId", fields.grid).bind("address", fields.address)
                        .bind("latitude", fields.point.latitude).bind("longitude", fields.point.longitude)
                        .bind("description", fields.description);
            }
        };
    }
}
