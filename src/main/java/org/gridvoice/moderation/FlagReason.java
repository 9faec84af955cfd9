package org.gridvoice.moderation;

public enum FlagReason {
    SPAM,
    ABUSE,
    PRIVACY,
    OFF_TOPIC,
    OTHER
}
