package org.authgate.web.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.authgate.web.api.imports.ImportFormat;

/**
 * The account import page: a format and a file; the import runs on a managed thread and the page polls its
 * {@link ImportProgress} (rows done after each batch of 500), then shows the report with the failed rows.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ImportFacade facade;

    @Inject
    ConsoleUser user;

    private String format = ImportFormat.KEYCLOAK.value();
    // The upload lives as long as its request: never kept in the view's state.
    private transient Part file;
    private ImportProgress progress;

    public void start() {
        if (progress != null && progress.isRunning()) {
            ConsoleMessages.error("An import is running; wait for its report.");
            return;
        }
        ImportFormat chosen = ImportFormat.of(format).orElse(null);
        if (chosen == null || file == null || file.getSize() == 0) {
            ConsoleMessages.error("Choose a format and a non-empty file.");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            progress = facade.start(user.username(), chosen, file.getSubmittedFileName(), file.getSize(), in);
        } catch (IllegalArgumentException e) {
            ConsoleMessages.error("Not imported: " + e.getMessage());
        } catch (IOException e) {
            ConsoleMessages.error("Not imported: the upload could not be read.");
        } finally {
            file = null;
        }
    }

    /** The poll's target: nothing to do, the progress is read as the panel renders. */
    public void refresh() {
        // the page re-renders the progress panel
    }

    public ImportFormat[] getFormats() {
        return ImportFormat.values();
    }

    /** The upload limit in whole MiB, as the page states it. */
    public long getMaxMebibytes() {
        return facade.maxBytes() / (1024 * 1024);
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public ImportProgress getProgress() {
        return progress;
    }
}
