package org.gridvoice.photo.domain;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Walks a file's container structure without decoding pixels: the dimensions its header declares
 * (so decompression bombs are refused before any pixel is decoded) and where the image ends, so a
 * file that carries anything after its end (a ZIP, an HTML page: a polyglot) or stops before it
 * (truncated) is refused.
 */
public final class ImageStructure {

    public record Header(ImageFormat format, int width, int height) {
    }

    public static final String DAMAGED = "photo.error.damaged";
    public static final String POLYGLOT = "photo.error.polyglot";
    public static final String TYPE = "photo.error.type";

    private ImageStructure() {
    }

    public static Header read(Path file, ImageFormat format) throws IOException, ImageRefused {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            Reader in = new Reader(channel);
            Header header = switch (format) {
                case JPEG -> jpeg(in);
                case PNG -> png(in);
                case WEBP -> webp(in, channel.size());
            };
            if (header.width() <= 0 || header.height() <= 0) {
                throw new ImageRefused(DAMAGED, "no dimensions");
            }
            return header;
        } catch (EOFException e) {
            throw new ImageRefused(DAMAGED, "ends before the image does");
        }
    }

    private static Header jpeg(Reader in) throws IOException, ImageRefused {
        Jpeg primary = oneJpeg(in);
        // cameras store a preview after the main image (CIPA Multi-Picture Format, announced in APP2 "MPF"):
        // accepted when what follows is nothing but complete JPEGs, so no other kind of file can ride along
        while (primary.multiPicture() && in.position() < in.size()) {
            long start = in.position();
            try {
                oneJpeg(in);
            } catch (ImageRefused notAnImage) {
                throw new ImageRefused(POLYGLOT, "data after the JPEG end at " + start + " is not an image");
            }
        }
        if (in.position() != in.size()) {
            throw new ImageRefused(POLYGLOT, (in.size() - in.position()) + " bytes after the JPEG end");
        }
        return new Header(ImageFormat.JPEG, primary.width(), primary.height());
    }

    private record Jpeg(int width, int height, boolean multiPicture) {
    }

    /** One JPEG from SOI to EOI; the reader is left just after its EOI. */
    private static Jpeg oneJpeg(Reader in) throws IOException, ImageRefused {
        if (in.u8() != 0xFF || in.u8() != 0xD8) {
            throw new ImageRefused(DAMAGED, "no JPEG start");
        }
        int width = 0;
        int height = 0;
        boolean multiPicture = false;
        int marker = nextMarker(in);
        while (marker != 0xD9) {
            if (marker == 0xD8 || marker == 0x00) {
                throw new ImageRefused(DAMAGED, "unexpected marker " + marker);
            }
            if (marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
                marker = nextMarker(in);
                continue;
            }
            int length = in.u16be();
            if (length < 2) {
                throw new ImageRefused(DAMAGED, "bad segment length");
            }
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame && width == 0) {
                if (length < 7) {
                    throw new ImageRefused(DAMAGED, "short frame header");
                }
                in.u8();
                height = in.u16be();
                width = in.u16be();
                in.skip(length - 7);
            } else if (marker == 0xE2 && length >= 6) {
                multiPicture |= in.u32be() == 0x4D504600L; // "MPF\0"
                in.skip(length - 6);
            } else {
                in.skip(length - 2);
            }
            marker = marker == 0xDA ? afterScan(in) : nextMarker(in);
        }
        return new Jpeg(width, height, multiPicture);
    }

    /** Reads a marker, allowing the fill bytes (0xFF) the standard permits before it. */
    private static int nextMarker(Reader in) throws IOException, ImageRefused {
        if (in.u8() != 0xFF) {
            throw new ImageRefused(DAMAGED, "data where a marker belongs");
        }
        int marker = in.u8();
        while (marker == 0xFF) {
            marker = in.u8();
        }
        return marker;
    }

    /** Skips entropy-coded data: 0xFF 0x00 is a stuffed byte, 0xFF 0xD0–D7 a restart; any other 0xFF xx is the next marker. */
    private static int afterScan(Reader in) throws IOException {
        while (true) {
            if (in.u8() != 0xFF) {
                continue;
            }
            int next = in.u8();
            while (next == 0xFF) {
                next = in.u8();
            }
            if (next != 0x00 && (next < 0xD0 || next > 0xD7)) {
                return next;
            }
        }
    }

    private static final long PNG_SIGNATURE = 0x89504E470D0A1A0AL;

    private static Header png(Reader in) throws IOException, ImageRefused {
        if ((in.u32be() << 32 | in.u32be()) != PNG_SIGNATURE) {
            throw new ImageRefused(DAMAGED, "no PNG signature");
        }
        int width = 0;
        int height = 0;
        boolean first = true;
        while (true) {
            long length = in.u32be();
            int type = (int) in.u32be();
            if (length > Integer.MAX_VALUE) {
                throw new ImageRefused(DAMAGED, "bad chunk length");
            }
            if (first) {
                if (type != 0x49484452 || length != 13) { // IHDR
                    throw new ImageRefused(DAMAGED, "PNG does not start with its header");
                }
                width = (int) Math.min(in.u32be(), Integer.MAX_VALUE);
                height = (int) Math.min(in.u32be(), Integer.MAX_VALUE);
                in.skip(length - 8 + 4);
                first = false;
            } else {
                in.skip(length + 4);
            }
            if (type == 0x49454E44) { // IEND
                break;
            }
        }
        if (in.position() != in.size()) {
            throw new ImageRefused(POLYGLOT, (in.size() - in.position()) + " bytes after the PNG end");
        }
        return new Header(ImageFormat.PNG, width, height);
    }

    private static Header webp(Reader in, long fileSize) throws IOException, ImageRefused {
        if (in.u32be() != 0x52494646L) { // RIFF, read as bytes
            throw new ImageRefused(DAMAGED, "no RIFF header");
        }
        long riffEnd = 8 + in.u32le();
        if (in.u32be() != 0x57454250L) { // WEBP
            throw new ImageRefused(TYPE, "RIFF but not WebP");
        }
        if (riffEnd > fileSize) {
            throw new ImageRefused(DAMAGED, "RIFF size beyond the file");
        }
        if (riffEnd < fileSize) {
            throw new ImageRefused(POLYGLOT, (fileSize - riffEnd) + " bytes after the RIFF size");
        }
        int width = 0;
        int height = 0;
        boolean canvas = false;
        while (in.position() < riffEnd) {
            long type = in.u32be();
            long size = in.u32le();
            long end = in.position() + size + (size & 1);
            if (end > riffEnd) {
                throw new ImageRefused(DAMAGED, "chunk beyond the RIFF size");
            }
            if (type == 0x56503858L && size >= 10) { // VP8X: canvas size
                int flags = in.u8();
                if ((flags & 0x02) != 0) {
                    throw new ImageRefused(TYPE, "animated WebP");
                }
                in.skip(3);
                width = in.u24le() + 1;
                height = in.u24le() + 1;
                canvas = true;
            } else if (type == 0x56503820L && size >= 10 && !canvas) { // "VP8 " lossy key frame
                in.skip(3);
                if (in.u8() != 0x9D || in.u8() != 0x01 || in.u8() != 0x2A) {
                    throw new ImageRefused(DAMAGED, "no VP8 start code");
                }
                width = in.u16le() & 0x3FFF;
                height = in.u16le() & 0x3FFF;
            } else if (type == 0x5650384CL && size >= 5 && !canvas) { // VP8L lossless
                if (in.u8() != 0x2F) {
                    throw new ImageRefused(DAMAGED, "no VP8L signature");
                }
                long bits = in.u32le();
                width = (int) (bits & 0x3FFF) + 1;
                height = (int) ((bits >> 14) & 0x3FFF) + 1;
            }
            in.skip(end - in.position());
        }
        return new Header(ImageFormat.WEBP, width, height);
    }

    /** Buffered sequential reads over a file channel, with its position. */
    private static final class Reader {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        private long bufferStart;
        private final long size;

        Reader(FileChannel channel) throws IOException {
            this.channel = channel;
            this.size = channel.size();
            buffer.limit(0);
        }

        long size() {
            return size;
        }

        long position() {
            return bufferStart + buffer.position();
        }

        int u8() throws IOException {
            if (!buffer.hasRemaining()) {
                bufferStart += buffer.limit();
                buffer.clear();
                int read = channel.read(buffer, bufferStart);
                buffer.flip();
                if (read <= 0) {
                    throw new EOFException();
                }
            }
            return buffer.get() & 0xFF;
        }

        int u16be() throws IOException {
            return u8() << 8 | u8();
        }

        int u16le() throws IOException {
            return u8() | u8() << 8;
        }

        int u24le() throws IOException {
            return u8() | u8() << 8 | u8() << 16;
        }

        long u32be() throws IOException {
            return (long) u16be() << 16 | u16be();
        }

        long u32le() throws IOException {
            return u16le() | (long) u16le() << 16;
        }

        void skip(long count) throws IOException {
            if (count < 0) {
                throw new EOFException();
            }
            long target = position() + count;
            if (target > size) {
                throw new EOFException();
            }
            if (target <= bufferStart + buffer.limit()) {
                buffer.position((int) (target - bufferStart));
            } else {
                bufferStart = target;
                buffer.clear().limit(0);
            }
        }
    }
}
