/**
 * The responsibility list (责任清单): which office leads, with which co-offices, deadlines and
 * basis, for a category at a grid, community or street; effective-dated versions, each on the
 * audit chain; each street's default and coordinator offices; and {@code route}, which casework
 * asks where a case goes.
 */
package org.gridvoice.responsibility;
