/**
 * Residents' requests (诉求 / 随手拍): everyday demand filed directly — a broken street light, rubbish
 * in a stairwell — with photos and a place, routed at once into a case by the responsibility list;
 * "me too" (同诉) support instead of duplicates; the public list and a resident's own requests.
 * Outside systems file through the Open311 module.
 */
package org.gridvoice.request;
