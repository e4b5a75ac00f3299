package org.pathwork.workflow.people.roster;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A stream that tells {@link #counted} the number of bytes read so far after each read. */
abstract class CountedInputStream extends FilterInputStream {

    private long read;

    CountedInputStream(InputStream in) {
        super(in);
    }

    /** Called after each read with the total so far; may throw to stop reading. */
    abstract void counted(long total);

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(++read);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            read += n;
            counted(read);
        }
        return n;
    }
}
