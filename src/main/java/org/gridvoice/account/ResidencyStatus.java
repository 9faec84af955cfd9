package org.gridvoice.account;

public enum ResidencyStatus {
    PENDING,
    APPROVED,
    REJECTED,
    REVOKED,
    WITHDRAWN
}
