package dev.backendaudit.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;

/** A real file channel whose writes and forces ask the {@link FaultyFileSystem} first. */
final class FaultyChannel extends FileChannel {

    private final FaultyFileSystem faults;
    private final Path path;
    private final FileChannel channel;

    FaultyChannel(FaultyFileSystem faults, Path path, FileChannel channel) {
        this.faults = faults;
        this.path = path;
        this.channel = channel;
    }

    @Override
    public int write(ByteBuffer source) throws IOException {
        int wanted = source.remaining();
        int admitted = faults.admit(path, "writing", wanted);
        if (admitted < wanted || faults.crashed()) {
            ByteBuffer part = source.slice();
            part.limit(admitted);
            channel.write(part);
            source.position(source.position() + admitted);
            throw faults.shortWrite(path);
        }
        return channel.write(source);
    }

    @Override
    public long write(ByteBuffer[] sources, int offset, int length) throws IOException {
        long written = 0;
        for (int i = offset; i < offset + length; i++) {
            written += write(sources[i]);
        }
        return written;
    }

    @Override
    public int write(ByteBuffer source, long position) throws IOException {
        long before = channel.position();
        channel.position(position);
        try {
            return write(source);
        } finally {
            channel.position(before);
        }
    }

    @Override
    public void force(boolean metaData) throws IOException {
        faults.check(path, "forcing");
        channel.force(metaData);
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
        faults.check(path, "truncating");
        channel.truncate(size);
        return this;
    }

    @Override
    public int read(ByteBuffer target) throws IOException {
        return channel.read(target);
    }

    @Override
    public long read(ByteBuffer[] targets, int offset, int length) throws IOException {
        return channel.read(targets, offset, length);
    }

    @Override
    public int read(ByteBuffer target, long position) throws IOException {
        return channel.read(target, position);
    }

    @Override
    public long position() throws IOException {
        return channel.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
        channel.position(newPosition);
        return this;
    }

    @Override
    public long size() throws IOException {
        return channel.size();
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
        return channel.transferTo(position, count, target);
    }

    @Override
    public long transferFrom(ReadableByteChannel source, long position, long count) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(count, 1 << 16));
        long done = 0;
        while (done < count) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), count - done));
            int n = source.read(buffer);
            if (n <= 0) {
                break;
            }
            buffer.flip();
            done += write(buffer, position + done);
        }
        return done;
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) {
        throw new UnsupportedOperationException("mapping is not supported by the faulty file system");
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
        return channel.lock(position, size, shared);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return channel.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        channel.close();
    }
}
