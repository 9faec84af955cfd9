/**
 * The photo picker (upload, thumbnails, per-file errors) and the read-only photo strip that
 * screens of other modules embed; exposed as the module's "ui" interface.
 */
@NamedInterface("ui")
package org.gridvoice.photo.ui;

import org.springframework.modulith.NamedInterface;
