/**
 * Demo data for the embedded default: a street with two communities, six grids, three offices,
 * the categories and about forty people, seeded once and printed at start. Never on by itself
 * against an external database (gridvoice.demo-data=true asks for it).
 */
package org.gridvoice.demo;
