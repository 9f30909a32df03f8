package org.authgate.web.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Page messages; Faces escapes their text when it renders them. */
final class ConsoleMessages {
    private ConsoleMessages() {
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** Runs a check of filter values; what it refuses becomes an error message naming the field. */
    static void errorIfInvalid(Runnable check) {
        try {
            check.run();
        } catch (InvalidCriteria e) {
            error(e.getMessage());
        }
    }
}
