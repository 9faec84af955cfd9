package org.gridvoice.discussion;

/** 支持 / 反对 / 中立. */
public enum Stance {
    FOR,
    AGAINST,
    NEUTRAL
}
