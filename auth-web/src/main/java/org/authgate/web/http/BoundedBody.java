package org.authgate.web.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that stops at a limit while it is read, for bodies that announced no length (chunked): past the
 * limit a read throws {@link RequestBodyGuard.TooLarge}, which {@link RequestBodyReader} answers as 413 and the
 * account import (which streams its body itself, see {@link RequestBodyGuard#isImport}) reports.
 */
public final class BoundedBody extends FilterInputStream {
    private final long max;
    private final String message;
    private long count;

    public BoundedBody(InputStream in, long max, String message) {
        super(in);
        this.max = max;
        this.message = message;
    }

    /** True when {@code e} or one of its causes is a read past the limit. */
    public static boolean tooLarge(Throwable e) {
        return ErrorMappers.causedBy(e, RequestBodyGuard.TooLarge.class);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws IOException {
        count += n;
        if (count > max) {
            throw new RequestBodyGuard.TooLarge(message);
        }
    }
}
