package org.authgate.persistence.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Feeds Flyway the migrations named in {@code db/migration/index.txt}. Flyway's classpath scanner
 * cannot list a directory inside a deployment on WildFly (VFS URLs), and a list also makes the order
 * and the set of migrations explicit in review.
 *
 * <p>A line may name the one database a migration is for ({@code V5__x.sql postgresql}): what only PostgreSQL
 * can say (a trigger in PL/pgSQL) is skipped on the others, H2 in the run command. Such a migration must not be
 * one a later, common migration depends on.
 */
final class ListedMigrations implements ResourceProvider {
    static final String FOLDER = "db/migration/";

    private final ClassLoader loader;
    private final List<String> names;

    /** @param database the database's product name as JDBC reports it ({@code PostgreSQL}, {@code H2}) */
    ListedMigrations(ClassLoader loader, String database) {
        this.loader = loader;
        this.names = readIndex(loader, database);
    }

    List<String> names() {
        return names;
    }

    @Override
    public LoadableResource getResource(String name) {
        String file = name.startsWith(FOLDER) ? name.substring(FOLDER.length()) : name;
        return names.contains(file) ? new Listed(file) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> found = new ArrayList<>();
        for (String name : names) {
            if (name.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(name::endsWith)) {
                found.add(new Listed(name));
            }
        }
        return found;
    }

    private static List<String> readIndex(ClassLoader loader, String database) {
        InputStream in = loader.getResourceAsStream(FOLDER + "index.txt");
        if (in == null) {
            throw new IllegalStateException(FOLDER + "index.txt is missing from the classpath");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.split("\\s+"))
                    .filter(fields -> fields.length == 1 || fields[1].equalsIgnoreCase(database))
                    .map(fields -> fields[0])
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class Listed extends LoadableResource {
        private final String file;

        Listed(String file) {
            this.file = file;
        }

        @Override
        public Reader read() {
            InputStream in = loader.getResourceAsStream(FOLDER + file);
            if (in == null) {
                throw new IllegalStateException("migration " + file + " is listed but missing");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return FOLDER + file;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return FOLDER + file;
        }

        @Override
        public String getFilename() {
            return file;
        }

        @Override
        public String getRelativePath() {
            return file;
        }
    }
}
