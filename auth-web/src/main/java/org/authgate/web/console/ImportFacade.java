package org.authgate.web.console;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.authgate.core.account.AccountRefusal;
import org.authgate.core.audit.Actor;
import org.authgate.core.identity.TenantId;
import org.authgate.web.api.imports.ImportFormat;
import org.authgate.web.http.BoundedBody;
import org.authgate.web.usecase.ImportAccounts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The console's account import: the uploaded file, bounded by {@code authgate.import.max-bytes} as the admin API's
 * body is, is copied to a temporary file so that the request can end, then read by the API's own streaming readers
 * while {@link ImportAccounts} commits its batches on a managed thread. The page polls the {@link ImportProgress}
 * this returns.
 */
@ApplicationScoped
public class ImportFacade {
    private static final Logger LOG = Logger.getLogger(ImportFacade.class.getName());

    @Inject
    ImportAccounts imports;

    @Inject
    @ConfigProperty(name = "authgate.import.max-bytes")
    long maxBytes;

    @Resource
    ManagedExecutorService executor;

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * @param size the upload's size as the browser declared it; the copy is bounded whatever it says
     * @throws IllegalArgumentException for a file too large (or no thread to run it on), which the page shows
     */
    public ImportProgress start(String actor, ImportFormat format, String fileName, long size, InputStream upload)
            throws IOException {
        if (size > maxBytes) {
            throw new IllegalArgumentException(tooLarge());
        }
        Path copy = Files.createTempFile("authgate-import-", ".json");
        try (InputStream in = new BoundedBody(upload, maxBytes, tooLarge())) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(copy);
            if (BoundedBody.tooLarge(e)) {
                throw new IllegalArgumentException(tooLarge());
            }
            throw e;
        }
        ImportProgress progress = new ImportProgress(fileName);
        try {
            executor.execute(() -> run(Actor.administrator(actor), format, copy, progress));
        } catch (RejectedExecutionException e) {
            Files.deleteIfExists(copy);
            throw new IllegalArgumentException("the server runs too many tasks now; try again in a moment");
        }
        return progress;
    }

    private void run(Actor actor, ImportFormat format, Path file, ImportProgress progress) {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = Json.createParser(in)) {
            progress.finished(imports.run(actor, format.value(), format.rows(parser, TenantId.DEFAULT),
                    progress::batchDone));
        } catch (AccountRefusal e) {
            progress.failed(e.getMessage());
        } catch (JsonException | IllegalArgumentException e) {
            // The readers name what is wrong with the file, never quoting a hash.
            progress.failed("the file is not a " + format.value() + " export: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "a console import stopped", e);
            progress.failed("the import stopped: " + e.getClass().getSimpleName());
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not delete the import's temporary file " + file, e);
            }
        }
    }

    private String tooLarge() {
        return "imports are limited to " + maxBytes + " bytes (authgate.import.max-bytes)";
    }
}
