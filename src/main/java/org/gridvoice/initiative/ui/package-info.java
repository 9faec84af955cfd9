/** The initiative screens: the public list, opening one, and its page with the counter, the clock and the committee's signers. */
package org.gridvoice.initiative.ui;
