package org.gridvoice.photo;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Passes at most {@code limit} bytes through, then refuses, so a spooled upload never grows past it. */
final class BoundedOutputStream extends FilterOutputStream {

    static final class Full extends IOException {
        Full() {
            super("upload larger than allowed");
        }
    }

    private final long limit;
    private long written;

    BoundedOutputStream(OutputStream out, long limit) {
        super(out);
        this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
        if (written >= limit) {
            throw new Full();
        }
        out.write(b);
        written++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (written + len > limit) {
            throw new Full();
        }
        out.write(b, off, len);
        written += len;
    }
}
