/**
 * Users, scoped roles, registration with mail confirmation, login and password reset, profiles,
 * and residency verification: the answer to "is this user a verified resident of grid G?".
 */
package org.gridvoice.account;
