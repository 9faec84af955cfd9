package org.gridvoice.casework;

/** 解决 / 部分解决 / 未解决. */
public enum Resolution {
    RESOLVED,
    PARTLY,
    UNRESOLVED
}
