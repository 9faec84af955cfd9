/**
 * The screens of requests: filing one (with photos, a point and the "me too" panel) and the public
 * list; each request is shown on its case's page.
 */
package org.gridvoice.request.ui;
