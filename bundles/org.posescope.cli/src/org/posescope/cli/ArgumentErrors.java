package org.posescope.cli;

import java.util.List;
import java.util.Map;

import org.posescope.cluster.algorithm.AlgorithmDescriptor;
import org.posescope.cluster.algorithm.Algorithms;
import org.posescope.cluster.algorithm.ParameterDescriptor;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Says in a user's words what is wrong with a command line. picocli's own messages speak of argument indexes, Java
 * types and "option option"; the cases users meet most are put in a sentence here, the rest keep picocli's.
 */
final class ArgumentErrors {

    private static final String COMMANDS = "check, convert, info, scan, demo and help";

    private ArgumentErrors() {
    }

    static String sentenceFor(ParameterException exception) {
        CommandLine failed = exception.getCommandLine();
        if (exception instanceof UnmatchedArgumentException unmatched && failed.getParent() == null) {
            List<String> arguments = unmatched.getUnmatched();
            if (!arguments.isEmpty() && !arguments.get(0).startsWith("-")) {
                return "'" + arguments.get(0) + "' is not a posescope command; the commands are " + COMMANDS + ".";
            }
        }

        ArgSpec argument = exception.getArgSpec();
        String value = exception.getValue();
        if (!(argument instanceof OptionSpec option) || value == null) {
            return exception.getMessage();
        }
        String flag = option.longestName();
        if (Map.class.isAssignableFrom(option.type())) {
            return flag + " needs NAME=VALUE, such as " + parameterExample() + ", not '" + value + "'.";
        }
        if (isWholeNumber(option.type())) {
            return flag + " needs a whole number, not '" + value + "'.";
        }
        return exception.getMessage();
    }

    private static boolean isWholeNumber(Class<?> type) {
        return type == Integer.class || type == int.class || type == Long.class || type == long.class;
    }

    /** A real parameter of the default algorithm at its default, so the example works when pasted. */
    private static String parameterExample() {
        AlgorithmDescriptor algorithm = Algorithms.byDefault().descriptor();
        if (algorithm.parameters().isEmpty()) {
            return "NAME=VALUE";
        }
        ParameterDescriptor first = algorithm.parameters().get(0);
        return first.name() + "=" + first.format(first.defaultValue());
    }
}
