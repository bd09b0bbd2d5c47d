package dev.backendaudit.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardOpenOption;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.spi.FileSystemProvider;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The machine's file system with faults injected, for tests of what a failed write leaves behind:
 * a disk that fills up after so many bytes, a file system that is read-only, or a process that dies
 * at its n-th write operation (that operation writes part of its bytes, and it and every later one
 * fail, with no chance to clean up). Paths of this file system are the real paths, wrapped; what
 * succeeds really happens on disk, so that the test reads the result with the ordinary file system.
 *
 * <pre>{@code
 * FaultyFileSystem disk = FaultyFileSystem.create();
 * disk.capacity(100);                                   // "No space left on device" after 100 bytes
 * VerdictJson.store(verdict, disk.path(historyDir));
 * }</pre>
 *
 * <p>Write operations (counted by {@link #operations()}) are: opening a file for writing, each
 * {@code write} call, {@code force}, creating a directory, moving, deleting and setting attributes.
 */
public final class FaultyFileSystem extends FileSystem {

    private final FileSystem real = FileSystems.getDefault();
    private final Provider provider = new Provider();
    private volatile boolean readOnly;
    private long capacity = Long.MAX_VALUE;
    private long crashAt = -1;
    private long operations;
    private boolean dead;

    private FaultyFileSystem() {
    }

    /** A faulty view of the default file system, with no fault yet. */
    public static FaultyFileSystem create() {
        return new FaultyFileSystem();
    }

    /** {@code real}, as a path of this file system. */
    public Path path(Path real) {
        return new FaultyPath(this, real);
    }

    /** Every write operation from now on fails as on a read-only file system. */
    public synchronized FaultyFileSystem readOnly(boolean value) {
        readOnly = value;
        return this;
    }

    /** At most {@code bytes} more bytes can be written; the write that passes it fails with "No space left on device". */
    public synchronized FaultyFileSystem capacity(long bytes) {
        capacity = bytes;
        return this;
    }

    /**
     * The process dies at write operation {@code index} (0-based, counted from the start): a write writes half
     * of its bytes, and that operation and every later one fail.
     */
    public synchronized FaultyFileSystem crashAt(long index) {
        crashAt = index;
        return this;
    }

    /** Clears every fault and revives a dead process. */
    public synchronized FaultyFileSystem heal() {
        readOnly = false;
        capacity = Long.MAX_VALUE;
        crashAt = -1;
        dead = false;
        return this;
    }

    /** How many write operations were attempted so far. */
    public synchronized long operations() {
        return operations;
    }

    /** Whether the simulated process died. */
    public synchronized boolean crashed() {
        return dead;
    }

    /**
     * Called before each write operation; returns how many of {@code bytes} may be written, failing after
     * writing them when fewer than all.
     */
    synchronized int admit(Path path, String operation, int bytes) throws IOException {
        long index = operations++;
        if (dead) {
            throw new IOException("the process died before " + operation + " " + path);
        }
        if (readOnly) {
            throw new FileSystemException(path.toString(), null, "Read-only file system");
        }
        if (crashAt >= 0 && index >= crashAt) {
            dead = true;
            return bytes / 2;
        }
        if (bytes > capacity) {
            int allowed = (int) capacity;
            capacity = 0;
            return allowed;
        }
        capacity -= bytes;
        return bytes;
    }

    /** The failure after a write admitted only part of its bytes. */
    synchronized IOException shortWrite(Path path) {
        return dead ? new IOException("the process died while writing " + path)
                : new IOException("No space left on device");
    }

    /** Asks before a write operation that writes no bytes (open, force, move, delete). */
    synchronized void check(Path path, String operation) throws IOException {
        admit(path, operation, 0);
        if (dead) {
            throw shortWrite(path);
        }
    }

    static Path unwrap(Path path) {
        if (path instanceof FaultyPath faulty) {
            return faulty.real;
        }
        throw new java.nio.file.ProviderMismatchException("not a path of the faulty file system: " + path);
    }

    @Override
    public FileSystemProvider provider() {
        return provider;
    }

    @Override
    public void close() {
        // the default file system stays open
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public String getSeparator() {
        return real.getSeparator();
    }

    @Override
    public Iterable<Path> getRootDirectories() {
        List<Path> roots = new ArrayList<>();
        real.getRootDirectories().forEach(r -> roots.add(path(r)));
        return roots;
    }

    @Override
    public Iterable<FileStore> getFileStores() {
        return real.getFileStores();
    }

    @Override
    public Set<String> supportedFileAttributeViews() {
        return real.supportedFileAttributeViews();
    }

    @Override
    public Path getPath(String first, String... more) {
        return path(real.getPath(first, more));
    }

    @Override
    public PathMatcher getPathMatcher(String syntaxAndPattern) {
        PathMatcher matcher = real.getPathMatcher(syntaxAndPattern);
        return p -> matcher.matches(unwrap(p));
    }

    @Override
    public UserPrincipalLookupService getUserPrincipalLookupService() {
        return real.getUserPrincipalLookupService();
    }

    @Override
    public WatchService newWatchService() {
        throw new UnsupportedOperationException("no watch service in the faulty file system");
    }

    /** Delegates to the default provider, asking the file system first before anything that writes. */
    private final class Provider extends FileSystemProvider {
        private final FileSystemProvider delegate = real.provider();

        @Override
        public String getScheme() {
            return "faulty";
        }

        @Override
        public FileSystem newFileSystem(URI uri, Map<String, ?> env) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileSystem getFileSystem(URI uri) {
            return FaultyFileSystem.this;
        }

        @Override
        public Path getPath(URI uri) {
            return path(Path.of(uri));
        }

        @Override
        public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options,
                                                  FileAttribute<?>... attrs) throws IOException {
            return newFileChannel(path, options, attrs);
        }

        @Override
        public FileChannel newFileChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
                throws IOException {
            boolean writing = options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND);
            if (writing) {
                check(path, "opening");
            }
            return new FaultyChannel(FaultyFileSystem.this, path, delegate.newFileChannel(unwrap(path), options, attrs));
        }

        @Override
        public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
                throws IOException {
            DirectoryStream<Path> stream = delegate.newDirectoryStream(unwrap(dir), p -> filter.accept(path(p)));
            return new DirectoryStream<>() {
                @Override
                public Iterator<Path> iterator() {
                    Iterator<Path> it = stream.iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        @Override
                        public Path next() {
                            return path(it.next());
                        }
                    };
                }

                @Override
                public void close() throws IOException {
                    stream.close();
                }
            };
        }

        @Override
        public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
            check(dir, "creating");
            delegate.createDirectory(unwrap(dir), attrs);
        }

        @Override
        public void delete(Path path) throws IOException {
            check(path, "deleting");
            delegate.delete(unwrap(path));
        }

        @Override
        public void copy(Path source, Path target, CopyOption... options) throws IOException {
            check(target, "copying to");
            delegate.copy(unwrap(source), unwrap(target), options);
        }

        @Override
        public void move(Path source, Path target, CopyOption... options) throws IOException {
            check(target, "moving to");
            delegate.move(unwrap(source), unwrap(target), options);
        }

        @Override
        public boolean isSameFile(Path path, Path path2) throws IOException {
            return delegate.isSameFile(unwrap(path), unwrap(path2));
        }

        @Override
        public boolean isHidden(Path path) throws IOException {
            return delegate.isHidden(unwrap(path));
        }

        @Override
        public FileStore getFileStore(Path path) throws IOException {
            return delegate.getFileStore(unwrap(path));
        }

        @Override
        public void checkAccess(Path path, AccessMode... modes) throws IOException {
            for (AccessMode mode : modes) {
                if (mode == AccessMode.WRITE && readOnly) {
                    throw new FileSystemException(path.toString(), null, "Read-only file system");
                }
            }
            delegate.checkAccess(unwrap(path), modes);
        }

        @Override
        public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
            return delegate.getFileAttributeView(unwrap(path), type, options);
        }

        @Override
        public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
                throws IOException {
            return delegate.readAttributes(unwrap(path), type, options);
        }

        @Override
        public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
                throws IOException {
            return delegate.readAttributes(unwrap(path), attributes, options);
        }

        @Override
        public void setAttribute(Path path, String attribute, Object value, LinkOption... options) throws IOException {
            check(path, "setting " + attribute + " of");
            delegate.setAttribute(unwrap(path), attribute, value, options);
        }

        @Override
        public Path readSymbolicLink(Path link) throws IOException {
            return path(delegate.readSymbolicLink(unwrap(link)));
        }
    }
}
