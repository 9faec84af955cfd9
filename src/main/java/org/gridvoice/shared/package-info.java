/**
 * The small kernel every module may use: i18n, input validation, the mail outbox and base UI
 * pieces. It holds no business rules, and it is open so modules can use its sub-packages.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.gridvoice.shared;

import org.springframework.modulith.ApplicationModule;
