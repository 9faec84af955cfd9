/**
 * GridVoice: community deliberation that ends in tracked grid-office cases. Each top-level
 * package is an application module (Spring Modulith); its root package is its API.
 */
package org.gridvoice;
