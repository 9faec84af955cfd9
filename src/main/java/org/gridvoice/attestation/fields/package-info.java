/**
 * The fields of a kind of staff entry: each content module that offers an
 * {@link org.gridvoice.attestation.AttestableKind} offers its form's fields here, so the new-entry
 * screen shows them without knowing the module.
 */
@NamedInterface("fields")
package org.gridvoice.attestation.fields;

import org.springframework.modulith.NamedInterface;
