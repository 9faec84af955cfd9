/**
 * The comment thread component that screens of other modules embed for their content; exposed
 * as the module's "ui" interface so they need not know its internals.
 */
@NamedInterface("ui")
package org.gridvoice.discussion.ui;

import org.springframework.modulith.NamedInterface;
