package org.posescope.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns an exception into the one sentence a user reads. */
final class UserMessages {

    private UserMessages() {
    }

    static String sentenceFor(Throwable exception) {
        if (exception instanceof NoSuchFileException missing) {
            return missing.getFile() + " does not exist.";
        }
        if (exception instanceof AccessDeniedException denied) {
            return denied.getFile() + " cannot be read or written: permission denied.";
        }
        if (exception instanceof OutOfMemoryError) {
            return "PoseScope ran out of memory. Give it more with POSESCOPE_XMX (for example POSESCOPE_XMX=8g),"
                    + " or scan fewer frames at once.";
        }
        if (exception instanceof LinkageError) {
            return "This PoseScope installation is incomplete (" + exception.getMessage() + " is missing);"
                    + " rebuild it with ./posescope or reinstall it.";
        }
        String message = exception.getMessage();
        if (message == null || message.isBlank()) {
            return "PoseScope stopped on an unexpected " + exception.getClass().getSimpleName()
                    + "; run again with -Dorg.slf4j.simpleLogger.defaultLogLevel=debug to see where.";
        }
        return message;
    }
}
