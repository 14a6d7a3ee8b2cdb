package nl.participationsuite.benchmark;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads the statement counter that the application's {@code CountingDriver} keeps in a memory-mapped
 * file. Per-request counts are taken only while one request runs at a time ({@link #exclusive()}).
 */
final class SqlCounter {

    private static final VarHandle LONGS = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private final MappedByteBuffer buffer;

    private volatile boolean exclusive;

    SqlCounter(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            buffer = channel.map(FileChannel.MapMode.READ_WRITE, 0, 64);
        }
    }

    long read() {
        return (long) LONGS.getVolatile(buffer, 0);
    }

    boolean exclusive() {
        return exclusive;
    }

    void exclusive(boolean value) {
        exclusive = value;
    }
}
