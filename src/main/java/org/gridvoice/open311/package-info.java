/**
 * The Open311 GeoReport v2 API at {@code /open311/v2/}: service types (categories), residents'
 * requests filed by API clients, and every case (from requests and from proposals) as service
 * requests. Owns the API clients and their keys; reads cases through casework's public feed.
 */
package org.gridvoice.open311;
